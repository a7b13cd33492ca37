exo-4-3-2-recipient-thread-limit = Gavėjo pašto dėžutė ribojama: vienu metu atkeliauja per daug laiškų
    .cause = Exchange store driver riboja, kiek laiškų vienu metu pristatoma į vieną pašto dėžutę, kad viena apkrauta dėžutė nelėtintų kitų tos pačios duomenų bazės naudotojų. Kai dėžutė gauna laiškų pliūpsnį, tolesni pristatymai atidedami su 432 4.3.2 ir kartojami automatiškai.
    .fix-1 = Dažniausiai nieko daryti nereikia: taip numatyta, siunčiantis serveris kartoja bandymus ir laiškas pristatomas, kai pliūpsnis praeina.
    .fix-2 = Jei tai nuolat kartojasi su viena dėžute, pliūpsnio šaltinį raskite su message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) — dažniausiai tai programa, pranešimų sistema arba pašto ciklas — ir sulėtinkite arba pataisykite jį.

exo-4-4-7-ambiguous-recipient = Exchange Online rado daugiau nei vieną katalogo objektą gavėjui
    .cause = Gavėjo paieška grąžino AmbiguousRecipientTransientException: tas pats SMTP ar proxy adresas yra keliuose objektuose (pvz., pašto dėžutės ir pašto vartotojo (MailUser) ar kontakto objektuose), dažnai po migracijos ar katalogo sinchronizavimo konflikto. Exchange Online tai laiko laikina klaida, kartoja bandymus ir galiausiai laiškas pasibaigia su 4.4.7.
    .fix-1 = Raskite visus objektus, turinčius šį adresą: Get-Recipient -ResultSize Unlimited | Where-Object EmailAddresses -match '<address>' | Format-List Name,RecipientTypeDetails,EmailAddresses.
    .fix-2 = Pašalinkite pasikartojantį adresą (arba pasenusį objektą), kad jis priklausytų tik vienam gavėjui; hibridinėje aplinkoje taisykite vietiniame Active Directory ir leiskite Entra Connect sinchronizuoti.
    .fix-3 = Išsiųskite laišką iš naujo, kai pakeitimas bus replikuotas.

exo-4-4-312-dns-query-failed = Exchange Online nepavyko išspręsti paskirties vardo (DNS query failed)
    .cause = Exchange Online ieškojo MX įrašo arba jungties (connector) smart host, ir DNS užklausa nepavyko (pvz., InfoNoRecords: tinkamo įrašo nėra). Dažnos priežastys: problema pas domeno DNS paslaugų teikėją, pasibaigęs domenas arba neseniai pakeistas MX, kuris dar laikomas podėlyje. Laiškas lieka eilėje ir bandomas 24 valandas.
    .fix-1 = Patys išspręskite vardą iš išorės: Resolve-DnsName <domain> -Type MX (arba smart host vardą išsiunčiamoje jungtyje, Get-OutboundConnector | Format-List Name,SmartHosts).
    .fix-2 = Pataisykite įrašą pas DNS paslaugų teikėją arba pratęskite pasibaigusį domeną.
    .fix-3 = Jei paskirtis priklauso partneriui ar debesijos paslaugų teikėjui, nusiųskite jiems NDR, kad pataisytų savo DNS.

exo-5-4-312-expired-dns-query-failed = Laiško galiojimas baigėsi, nes nepavyko išspręsti paskirties DNS vardo
    .cause = Tai galutinė 4.4.312 forma: Exchange Online 24 valandas nesėkmingai bandė atlikti MX įrašo ar smart host DNS paiešką ir grąžino laišką. Priežastis — paskirties domeno DNS, o ne pats laiškas.
    .fix-1 = Patikrinkite paskirties įrašus iš išorės: Resolve-DnsName <domain> -Type MX, taip pat smart host vardus jūsų išsiunčiamoje jungtyje.
    .fix-2 = Pataisykite DNS įrašus (arba pratęskite pasibaigusį domeną) ir išsiųskite laišką iš naujo.

exo-4-4-315-connection-timed-out = Exchange Online nepasiekė paskirties serverio (connection timed out)
    .cause = Exchange Online rado paskirtį, bet laiku negavo atsakymo per TCP 25. Dažniausiai neveikia vietinis ar partnerio serveris, ugniasienė tyliai atmeta srautą arba jungties smart host rodo į neteisingą ar seną IP adresą.
    .fix-1 = Patikrinkite smart host išsiunčiamoje jungtyje (Get-OutboundConnector | Format-List Name,SmartHosts,Enabled) ir ar jis atitinka dabartinį pašto serverio viešąjį IP.
    .fix-2 = Įsitikinkite, kad serveris veikia ir priima TCP 25 jungtis iš Exchange Online IP diapazonų (iš išorės: Test-NetConnection <host> -Port 25).
    .fix-3 = Exchange admin center (Mail flow > Connectors) jungčiai paleiskite Validate ir įsitikinkite, kad pristatymas vėl veikia.

exo-4-4-316-connection-refused = Paskirties serveris atmetė Exchange Online jungtį (Socket error 10061)
    .cause = Exchange Online pasiekė paskirties IP, bet TCP 25 buvo aktyviai atmestas — dažniausiai ugniasienė neleidžia Microsoft 365 IP adresų, sustabdyta SMTP paslauga arba vietinis serveris jau išmontuotas, o išsiunčiamoji jungtis vis dar rodo į jį. Laiškai kartojami 24 valandas, tada grąžinami su 5.4.316.
    .fix-1 = Jei vietoje dar yra pašto dėžučių, ugniasienėje leiskite įeinantį TCP 25 iš Exchange Online IP diapazonų (Microsoft 365 URLs and IP address ranges) ir patikrinkite, ar veikia SMTP/transport paslauga.
    .fix-2 = Jei vietinio serverio nebėra, išjunkite arba ištrinkite į jį rodančią išsiunčiamąją jungtį (Set-OutboundConnector <name> -Enabled $false) ir pakeiskite accepted domain iš Internal Relay į Authoritative (Set-AcceptedDomain <domain> -DomainType Authoritative).
    .fix-3 = Jei paskirtis yra partneris, nusiųskite jam NDR su jame nurodytu IP adresu.

exo-5-4-316-expired-connection-refused = Laiško galiojimas baigėsi, nes paskirtis nuolat atmetė jungtis
    .cause = Tai galutinė 4.4.316 forma: 24 valandas kiekviena Exchange Online jungtis į paskirtį per TCP 25 buvo atmesta, todėl laiškas grąžintas. Problema — paskirties ugniasienė ar SMTP paslauga, arba jungtis rodo į nebeegzistuojantį serverį.
    .fix-1 = Paskirties ugniasienėje leiskite TCP 25 iš Exchange Online IP diapazonų ir įsitikinkite, kad SMTP paslauga veikia.
    .fix-2 = Jei vietinis serveris išmontuotas, išjunkite išsiunčiamąją jungtį ir nustatykite accepted domain į Authoritative, tada išsiųskite iš naujo.

exo-4-4-317-untrusted-root = Nepavyksta patvirtinti nuotolinio serverio TLS sertifikatų grandinės (UntrustedRoot)
    .cause = TLS ryšio užmezgimo metu nuotolinis pašto serveris atsiuntė tik savo (galutinį) sertifikatą be tarpinių CA sertifikatų, todėl Exchange Online negalėjo sudaryti grandinės iki patikimo šakninio sertifikato. Exchange Online trūkstamų tarpinių sertifikatų nesisiunčia, todėl seansą atmeta; tas pats nutinka, kai nuotolinis serveris siunčia į Exchange Online.
    .fix-1 = Nuotoliniame pašto serveryje sukonfigūruokite TLS siųsti visą grandinę (serverio sertifikatą ir po jo tarpinius CA sertifikatus). Windows/Exchange tarpinius sertifikatus įdiekite į kompiuterio Intermediate Certification Authorities saugyklą; Postfix grandinę įrašykite į failą, nurodytą smtpd_tls_chain_files arba smtpd_tls_cert_file.
    .fix-2 = Patikrinkite iš išorės: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts turi rodyti tarpinius sertifikatus, ne tik serverio sertifikatą.
    .fix-3 = Jei nuotolinis serveris priklauso kitai organizacijai, nusiųskite NDR jos administratoriui — grandinę pataisyti gali tik jis.

exo-4-4-317-illegal-message = TLS ryšio užmezgimas su vietiniu serveriu nepavyksta (Security status IllegalMessage)
    .cause = Exchange Online prisijungė prie jūsų serverio, bet TLS ryšio užmezgimas nepavyko ir jūsų pusė pranešė SEC_E_ILLEGAL_MESSAGE. Paprastai tai reiškia, kad pusės neturi bendros protokolo versijos ar šifrų rinkinio — pvz., vietiniame serveryje išjungtas TLS 1.2 arba įjungti tik silpni šifrai — arba jungčiai parinktas sertifikatas netinkamas.
    .fix-1 = Vietiniuose Exchange serveriuose įjunkite TLS 1.2 SCHANNEL (DisabledByDefault = 0, Enabled = 1 po TLS 1.2\Client ir TLS 1.2\Server) ir .NET raktus SystemDefaultTlsVersions = 1 bei SchUseStrongCrypto = 1; paleiskite serverį iš naujo.
    .fix-2 = System įvykių žurnale gedimo metu ieškokite Schannel įvykių 36874 / 36888; jie patvirtina protokolo ar šifrų neatitikimą.
    .fix-3 = Patikrinkite SMTP naudojamą sertifikatą: Get-ExchangeCertificate | Format-List Thumbprint,Services,NotAfter,Subject — jis turi galioti, turėti privatų raktą ir būti įjungtas SMTP.

exo-4-4-317-starttls-required = Exchange Online nepavyko pradėti TLS su jūsų serveriu (451 5.7.3 STARTTLS is required to send mail)
    .cause = Exchange Online jungtis į jūsų vietinį (ar partnerio) serverį reikalauja TLS, bet seanso užšifruoti nepavyko. Dažniausiai jūsų serveris apskritai nesiūlo STARTTLS: atnaujinus ar pašalinus sertifikatą, gavimo jungties TlsCertificateName vis dar nurodo seną sertifikatą (tame serveryje – įvykis 12014), todėl EHLO nebeišvardija STARTTLS. Rečiau nepavyksta pats TLS užmezgimas, pavyzdžiui, jūsų serveris nepasitiki Exchange Online pateikiama sertifikatų grandine.
    .fix-1 = Gaunančiame serveryje patikrinkite, ar EHLO išvardija 250-STARTTLS (telnet <server> 25), ir jo Application žurnale ieškokite įvykio 12014. Postfix serveryje STARTTLS reikia smtpd_tls_security_level = may ir sertifikato smtpd_tls_chain_files (arba smtpd_tls_cert_file ir smtpd_tls_key_file).
    .fix-2 = Įjunkite dabartinį sertifikatą SMTP paslaugai (Enable-ExchangeCertificate <thumbprint> -Services SMTP), tada išvalykite arba pataisykite jungties sertifikatą: Get-ReceiveConnector "<server>\Default Frontend <server>" | Set-ReceiveConnector -TlsCertificateName $null, ir iš naujo paleiskite Hybrid Configuration Wizard (arba nustatykite naujo sertifikato -TlsCertificateName "<I>issuer<S>subject").
    .fix-3 = Jei STARTTLS siūlomas, patikrinkite, ar DigiCert Global Root G2 sertifikatas yra serverio Trusted Root Certification Authorities saugykloje ir ar sertifikatas galioja; tada leiskite eilėje esantiems laiškams būti pristatytiems iš naujo.

exo-4-4-317-winsock-connect-failed = Exchange Online nepavyko atidaryti jungties į paskirtį (Winsock klaida)
    .cause = TCP jungtis su paskirtimi nutrūko tinklo lygmeniu dar prieš bet kokį SMTP ar TLS apsikeitimą (Winsock klaidos kodas nurodo kaip; 995 reiškia, kad jungimosi bandymas nutrauktas). Neveikia paskirties mazgas, jo ugniasienė arba kelias iki jo. Exchange Online kartoja bandymus, tada laiškas pasibaigia su 5.4.317.
    .fix-1 = Patikrinkite, ar LastAttemptedServerName / LastAttemptedIP nurodytas mazgas ar IP yra teisinga paskirtis ir pasiekiamas iš interneto per TCP 25.
    .fix-2 = Ieškokite ugniasienės, IPS ar apkrovos balansavimo taisyklių, kurios atmeta ar nutraukia jungtis iš Microsoft 365 IP diapazonų.
    .fix-3 = Jei paskirtis yra partneris, nusiųskite jam NDR su IP adresu ir bandymo laiku.

exo-4-4-317-cannot-connect = Exchange Online prisijungė, bet paskirtis nepriėmė seanso
    .cause = Exchange Online pasiekė paskirties serverį, bet šis iškart atsakė klaida (pvz., service not available) arba neatitiko jungties reikalavimų — dažniausiai išsiunčiamoji jungtis reikalauja TLS, o paskirtis jo nesiūlo ar neužbaigia. Klaidos dalis [Message=…] nurodo tikrąją priežastį.
    .fix-1 = Perskaitykite [Message=…] tekstą NDR arba message trace; tai paskirties serverio atsakymas.
    .fix-2 = Palyginkite jungties TLS nustatymus su tuo, ką palaiko paskirtis: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts.
    .fix-3 = Savo vietiniame serveryje patikrinkite, ar STARTTLS siūlomas su galiojančiu, SMTP įjungtu sertifikatu (Get-ExchangeCertificate) ir ar gavimo jungtis neatmeta Exchange Online.

exo-5-4-317-expired-cannot-connect = Laiško galiojimas baigėsi, nes seanso su paskirtimi nepavyko užmegzti
    .cause = Tai galutinė 4.4.317 forma: 24 valandas Exchange Online nepavyko užbaigti seanso su paskirties serveriu (jungtis nutraukta, iškart grąžinta SMTP klaida ar neįvykdytas TLS reikalavimas), todėl laiškas grąžintas. Tekstas skliaustuose kartoja paskutinę klaidą.
    .fix-1 = Pagal tekstą skliaustuose (pvz., Winsock klaidą ar TLS pranešimą) nuspręskite, ar tai paskirties tinklo, ar TLS problema.
    .fix-2 = Pataisykite paskirtį (ugniasienę, SMTP paslaugą, TLS sertifikatą ar jungties TLS nustatymus) ir išsiųskite laišką iš naujo.

exo-4-4-318-connection-closed-abruptly = Jungtis su paskirtimi nutrūko SMTP seanso viduryje
    .cause = Exchange Online pradėjo bendrauti su paskirtimi, bet jungtis netikėtai užsidarė. Tipinės priežastys: ugniasienė su SMTP tikrinimu, kuri sugadina seansą, vietinis serveris, kuris užstringa ar kuriam trūksta išteklių, arba tinklo problemos tarp jų.
    .fix-1 = Išjunkite SMTP paketų tikrinimą / SMTP fixup ugniasienėje prieš pašto serverį (pvz., Cisco ESMTP inspection).
    .fix-2 = Patikrinkite vietinio serverio būklę: transport paslaugą, back pressure (įvykiai 15004/15006), disko vietą ir atmintį.
    .fix-3 = Jei problema tinklo kelyje, paprašykite tinklo komandos atsekti jungtis iš Exchange Online IP diapazonų.

exo-5-4-318-expired-connection-closed-abruptly = Laiško galiojimas baigėsi, nes jungtis su paskirtimi vis nutrūkdavo
    .cause = Tai galutinė 4.4.318 forma: kol baigėsi kartojimo laikas, kiekvienas Exchange Online seansas su paskirties serveriu buvo uždarytas dar neperdavus laiško, todėl laiškas grąžintas. Problema yra paskirties pusėje arba tinklo kelyje iki jos — dažniausiai ugniasienė su SMTP tikrinimu, užstringantis ar perkrautas pašto serveris arba nestabilus tinklas.
    .fix-1 = Išjunkite SMTP paketų tikrinimą / SMTP fixup ugniasienėje prieš paskirties pašto serverį (pvz., Cisco ESMTP inspection).
    .fix-2 = Patikrinkite paskirties serverio būklę (transport paslaugą, back pressure įvykius 15004/15006, disko vietą ir atmintį), tada išsiųskite laišką iš naujo.

exo-4-7-320-certificate-validation-failed = Exchange Online atmetė paskirties serverio sertifikatą
    .cause = Jungtis į jūsų serverį ar partnerį tikrina paskirties TLS sertifikatą, ir patikra nepavyko: sertifikato galiojimas baigėsi, jo subject/SAN nesutampa su jungties laukiamu vardu arba jis kitaip nebegalioja.
    .fix-1 = Patikrinkite paskirties serverio sertifikatą: Get-ExchangeCertificate | Format-List Subject,CertificateDomains,NotAfter,Services (pasibaigusį atnaujinkite ir įjunkite SMTP). Postfix serveryje perskaitykite jo pateikiamą sertifikatą: openssl x509 -noout -subject -dates -ext subjectAltName -in <failas iš smtpd_tls_chain_files arba smtpd_tls_cert_file>.
    .fix-2 = Įsitikinkite, kad jungties laukiamas vardas sutampa su sertifikatu: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain; pataisykite su Set-OutboundConnector <name> -TlsDomain <name-on-certificate>.
    .fix-3 = Jei paskirtis yra partneris, nusiųskite jam NDR, kad pakeistų sertifikatą.

exo-dane-starttls-not-supported = DANE: paskirties pašto serveris nepateikė TLS
    .cause = Gavėjo domenas skelbia DNSSEC pasirašytus DANE (TLSA) įrašus, todėl Exchange Online privalo pristatyti naudodamas TLS. Paskirties serveris nepasiūlė STARTTLS arba TLS ryšio užmezgimas nepavyko, todėl laiškas nebuvo išsiųstas atviru tekstu. 4.7.321 — kartojimo forma, 5.7.321 — galutinė klaida.
    .fix-1 = Paskirties serveryje įsitikinkite, kad STARTTLS siūlomas ir TLS ryšio užmezgimas veikia: openssl s_client -connect <mx-host>:25 -starttls smtp.
    .fix-2 = Jei gavėjo domenas priklauso kitiems, persiųskite jiems NDR; jei jūsų — pataisykite TLS MX mazge arba pašalinkite TLSA įrašus, kol TLS veiks.

exo-dane-certificate-expired = DANE: paskirties pašto serverio sertifikato galiojimas baigėsi
    .cause = Gavėjo domenas naudoja DANE, o jo MX mazgo pateiktas sertifikatas nebegalioja, todėl Exchange Online atsisako pristatyti. 4.7.322 — kartojimo forma, 5.7.322 — galutinė klaida.
    .fix-1 = Atnaujinkite sertifikatą paskirties MX mazge.
    .fix-2 = Prieš pereidami prie naujo sertifikato, paskelbkite jį atitinkantį TLSA įrašą (ir palikite senąjį, kol pakeitimas baigsis), kad DANE patikra niekada nenepavyktų.

exo-dane-tlsa-invalid = DANE: paskirties sertifikatas neatitinka TLSA įrašo
    .cause = Gavėjo domeno DNSSEC pasirašytas TLSA įrašas neatitinka MX mazgo pateikiamo sertifikato — sertifikatas pakeistas neatnaujinus TLSA, TLSA įrašas klaidingas, sertifikatas dar negalioja arba į ryšį kišamasi. 4.7.323 — kartojimo forma, 5.7.323 — galutinė klaida.
    .fix-1 = Palyginkite TLSA įrašą (dig +dnssec TLSA _25._tcp.<mx-host>) su serverio pateikiamu sertifikatu (openssl s_client -connect <mx-host>:25 -starttls smtp).
    .fix-2 = Paskelbkite dabartinį sertifikatą ar raktą atitinkantį TLSA įrašą, palaukite, kol baigsis senas TTL, ir siųskite iš naujo.

exo-dane-dnssec-invalid = DANE: paskirties domeno DNSSEC įrašai nepatvirtinami
    .cause = Gavėjo domenas skelbia, kad yra pasirašytas DNSSEC, bet Exchange Online nepavyko patvirtinti parašų (pvz., registratoriaus DS įrašas neatitinka zonos raktų arba baigėsi parašų galiojimas). Be galiojančio DNSSEC DANE patikrinti neįmanoma, todėl pristatymas sustoja. 4.7.324 — kartojimo forma, 5.7.324 — galutinė klaida.
    .fix-1 = Patikrinkite pasitikėjimo grandinę DNSSEC analizatoriumi arba dig +dnssec <domain> MX ir palyginkite registratoriaus DS įrašą su zonos DNSKEY.
    .fix-2 = Pataisykite arba iš naujo pasirašykite zoną (arba pašalinkite DS įrašą pas registratorių, kad tvarkingai išjungtumėte DNSSEC), tada siųskite iš naujo.

exo-dane-certificate-host-mismatch = DANE: paskirties sertifikato vardas nesutampa su MX mazgu
    .cause = Naudojant DANE, Exchange Online reikalauja, kad paskirties sertifikato common name arba subject alternative name atitiktų gavėjo domeną ar MX mazgo vardą. Pateiktame sertifikate nurodytas kitas vardas. 4.7.325 — kartojimo forma, 5.7.325 — galutinė klaida.
    .fix-1 = Patikrinkite sertifikato vardus: openssl s_client -connect <mx-host>:25 -starttls smtp, tada peržiūrėkite subject ir subject alternative names.
    .fix-2 = Įdiekite sertifikatą, kurio CN ar SAN apima MX mazgo vardą (arba nukreipkite MX į vardą, kurį sertifikatas apima), tada siųskite iš naujo.

exo-mta-sts-mx-not-in-policy = MTA-STS: gavėjo domeno politikoje nėra MX mazgo, kurį rado Exchange Online
    .cause = Gavėjo domenas skelbia MTA-STS politiką, ir Exchange Online pagal ją tikrina kiekvieną ten siunčiamą laišką. DNS rastas MX mazgas neatitinka nė vienos politikos mx: eilutės, todėl esant mode: enforce pristatyti atsisakoma. Dažniausiai domenas perkėlė paštą (nauji MX įrašai, naujas tiekėjas ar šliuzas), bet politikos neatnaujino, arba politikoje yra rašybos klaida ar šablonas, kuris mazgo neapima (*.example.net atitinka lygiai vieną papildomą žymę kairėje). 4.4.8 — kartojimo forma, 5.4.8 — galutinė klaida.
    .fix-1 = Palyginkite abi puses: Resolve-DnsName <domain> -Type MX parodo MX mazgus, o https://mta-sts.<domain>/.well-known/mta-sts.txt — politiką; kiekvienas MX mazgas turi atitikti vieną jos mx: eilutę.
    .fix-2 = Jei domenas jūsų, įrašykite trūkstamą MX mazgą (arba pataisykite šabloną) faile mta-sts.txt, tada pakeiskite _mta-sts.<domain> TXT įrašo id= reikšmę, kad siuntėjai atsisiųstų naują politiką, o ne naudotų talpykloje iki max_age sekundžių laikomą kopiją. Keisdami MX įrašus, pirmiau politikoje nurodykite ir senus, ir naujus mazgus, tik tada perjunkite.
    .fix-3 = Jei greitai pataisyti negalite, laikinai nustatykite mode: testing ir pakeiskite id TXT įraše: siuntėjai pristatys nepaisydami neatitikimo ir tik praneš apie klaidą.
    .fix-4 = Jei domenas priklauso kitiems, pataisyti gali tik jo administratorius: nusiųskite jam NDR ir savo patikrinimo rezultatus, o pataisius politiką išsiųskite laišką iš naujo.

exo-mta-sts-certificate-invalid = MTA-STS: paskirties pašto serverio sertifikatas nepraėjo patikros
    .cause = Gavėjo domeno MTA-STS politika reikalauja, kad jo MX mazgai pateiktų patikimą sertifikatą, tačiau po STARTTLS pateiktas sertifikatas nepraėjo Exchange Online patikros: jo grandinė neveda į patikimą šakninę sertifikavimo įstaigą (savarankiškai pasirašytas, išduotas privačios CA arba atsiųstas be tarpinių sertifikatų), jo common name ir subject alternative names nėra MX mazgo vardo, kurį leidžia politika, arba jo galiojimas baigėsi. Esant mode: enforce laiškas nesiunčiamas. Tekstas po Reason: nurodo, kuri patikra nepavyko. 4.7.5 — kartojimo forma, 5.7.5 — galutinė klaida.
    .fix-1 = Peržiūrėkite MX mazgo pateikiamą sertifikatą: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts, tada patikrinkite išdavėją, galiojimo pabaigą (notAfter) ir ar subject alternative names apima <mx-host>.
    .fix-2 = Paskirties serveryje įdiekite viešos sertifikavimo įstaigos sertifikatą, kurio SAN apima MX mazgo vardą, atnaujinkite jį, jei galiojimas baigėsi, ir nustatykite serverį siųsti visą grandinę (serverio sertifikatą, po jo tarpinius sertifikatus).
    .fix-3 = Jei domenas priklauso kitiems, nusiųskite NDR jo administratoriui; tik jis gali pakeisti sertifikatą. Jei domenas jūsų ir taisymas užtruks, nustatykite politikoje mode: testing ir pakeiskite id _mta-sts TXT įraše, kad siuntėjai tuo metu vėl pristatytų laiškus.

exo-4-5-3-too-many-recipients = Gaunantis serveris riboja gavėjų skaičių viename perdavime
    .cause = Gavėjas atmetė likusias RCPT TO komandas, nes vienoje SMTP transakcijoje buvo daugiau gavėjų, nei jis priima. Exchange Online vienoje transakcijoje priima ne daugiau kaip 200 to paties domeno voko (envelope) gavėjų; kiti serveriai turi savo ribas.
    .fix-1 = Sukonfigūruokite siunčiantį serverį didelius gavėjų sąrašus skaidyti į mažesnes transakcijas; standartus atitinkantis MTA atidėtus gavėjus automatiškai bando naujoje transakcijoje.
    .fix-2 = Postfix siuntėjams sumažinkite smtp_destination_recipient_limit (pvz., iki 100) paveiktai paskirčiai.
    .fix-3 = Masiniams laiškams siųskite mažesniam gavėjų skaičiui viename laiške, o ne vieną laišką su labai ilgu sąrašu.

exo-4-7-26-ipv6-spf-dkim = Per IPv6 į Exchange Online siunčiamas paštas turi praeiti SPF arba DKIM
    .cause = Exchange Online priima anoniminį paštą per IPv6 tik tada, kai jis praeina SPF arba DKIM. Šis laiškas atkeliavo iš IPv6 adreso, kurio nėra siuntėjo domeno SPF įraše, ir neturėjo galiojančio DKIM parašo.
    .fix-1 = Pasirašykite siunčiančio domeno išeinantį paštą DKIM.
    .fix-2 = Įtraukite siunčiančio serverio IPv6 adresą (ip6:…) į domeno SPF įrašą arba leiskite serveriui siųsti į Exchange Online per IPv4.

exo-4-7-850-899-ip-restricted = Siunčiantis IP laikinai apribotas, kol Microsoft jį vertina
    .cause = Exchange Online Protection pastebėjo įtartiną veiklą iš jungiančiojo IP adreso ir laikinai atmeta iš jo siunčiamą paštą, kol vertinimas baigsis. Teisėtas srautas paprastai atblokuojamas automatiškai.
    .fix-1 = Leiskite siunčiančiam serveriui toliau kartoti bandymus; nedidinkite siuntimo spartos.
    .fix-2 = Patikrinkite siunčiantį IP dėl užvaldytų paskyrų, atviro perdavimo (open relay) ar neįprasto srauto ir sustabdykite viską, kas neturėtų siųsti.

exo-4-7-500-699-ip-throttled = Exchange Online riboja siunčiantį IP (graylisting): bandykite vėliau
    .cause = Jungiantis IP adresas pakeitė siuntimo pobūdį (pvz., siunčia kur kas daugiau nei anksčiau arba yra naujas), todėl Exchange Online Protection laikinai atideda jo paštą. Šis IP ribojimas yra šlamšto filtravimo dalis; AS/S kodas skliaustuose nurodo taisyklę.
    .fix-1 = Leiskite siuntėjui toliau bandyti; nauji ar pasikeitę siuntėjai atblokuojami, kai per kelias dienas susikuria siuntimo istoriją.
    .fix-2 = Jei paštas ateina iš jūsų vietinio serverio ar paslaugos, perduodančios paštą jūsų Microsoft 365 nuomininkui, sukurkite jam įeinančią jungtį (New-InboundConnector su SenderIPAddresses arba TlsSenderCertificateName), kad jis būtų atpažįstamas ir neribojamas.
    .fix-3 = Įprastą paštą siųskite iš patvirtinto nuosavo domeno, o ne iš pradinio onmicrosoft.com domeno, kuris griežtai ribojamas.

exo-5-0-350-x-dg-ref-too-long = Gavėjas atmetė laišką: per ilga x-dg-ref antraštė (Rich Text priedai)
    .cause = Laiškas parašytas Outlook Rich Text formatu ir turi prisegtą laišką, kuris pats turi priedą. RTF/TNEF formate priedo duomenys patenka į antraštės lauką, kurio eilutė tampa per ilga, ir gaunantis serveris laišką atmeta.
    .fix-1 = Išsiųskite laišką iš naujo HTML formatu (Outlook: File > Options > Mail > Compose messages in HTML).
    .fix-2 = Nebesiųskite TNEF tai paskirčiai: Set-RemoteDomain <domain> -TNEFEnabled $false (arba Default visiems išoriniams domenams).

exo-5-0-350-as345-nested-attachments = Laiškas atmestas, nes priede per daug įterptų failų (AS345)
    .cause = Viename priede (pvz., Word dokumente) yra 20 ar daugiau įterptų failų; Exchange Online tai laiko politikos pažeidimu ir laišką atmeta.
    .fix-1 = Pašalinkite dalį įterptų failų iš priedo arba siųskite juos atskirais priedais ar nuoroda, tada siųskite iš naujo.

exo-5-0-350-remote-error = Gavėjo serveris atmetė laišką (bendrasis 5.0.350 kodas)
    .cause = 5.0.350 — tai bendrasis kodas, kurį Exchange Online naudoja, kai gavėjo pašto sistema grąžina klaidą be konkretesnio kodo. Tikroji priežastis — paties nuotolinio serverio tekstas po rodyklės (->).
    .fix-1 = Perskaitykite tekstą po rodyklės NDR; tai gavėjo serverio atsakymas (pvz., account closed).
    .fix-2 = Veikite pagal tą atsakymą arba kreipkitės į gavėjo pašto administratorių; Microsoft palaikymas gavėjo pusės pakeisti negali.

exo-5-1-0-sender-denied = Gaunantis serveris atmetė siuntėją
    .cause = Gavėjo sistema atmetė siuntėjo adresą. Exchange tai daro Sender Filter agentas, atmesdamas užblokuotą siuntėją ar domeną; Exchange Online tai gali nutikti ir atsakant į neprisijungus išsaugotą laišką, kai išsaugoto siuntėjo/gavėjo (legacyExchangeDN) nebepavyksta rasti.
    .fix-1 = Patikrinkite adresus ir įveskite gavėją iš naujo, užuot atsakę į seną išsaugotą laišką.
    .fix-2 = Gaunančiame Exchange serveryje patikrinkite Get-SenderFilterConfig | Format-List BlockedSenders,BlockedDomains,BlockedDomainsAndSubdomains ir pašalinkite per klaidą užblokuotą siuntėją.
    .fix-3 = Jei atmetimas ateina iš kitos organizacijos, paprašykite jos pašto administratoriaus leisti jūsų siuntėjo adresą.

exo-5-1-1-ex-recip-not-found = Gavėjo vidinis Exchange (X.500) adresas nebeegzistuoja
    .cause = Laiškas adresuotas senu vidiniu Exchange adresu (legacyExchangeDN, rodomas kaip IMCEAEX-…), paimtu iš Outlook AutoComplete podėlio, neprisijungus naudojamos adresų knygos arba perkelto (.pst) laiško. Po migracijos ar pašto dėžutės atkūrimo to adreso nebeturi joks gavėjas.
    .fix-1 = Ištrinkite gavėjo įrašą iš Outlook AutoComplete (spustelėkite X pasiūlymų sąraše) ir vėl įveskite visą SMTP adresą.
    .fix-2 = Jei po migracijos paveikta daug naudotojų, pridėkite seną legacyExchangeDN kaip X500 proxy adresą naujam gavėjui (Set-Mailbox <user> -EmailAddresses su pridėtu X500: įrašu).
    .fix-3 = Įsitikinkite, kad Outlook teisingai atsisiunčia neprisijungus naudojamą adresų knygą.

exo-5-1-1-recip-not-found = Gavėjo adresas neegzistuoja (RESOLVER.ADR.RecipNotFound)
    .cause = Exchange ieškojo gavėjo savo kataloge ir nerado pašto dėžutės, kontakto ar grupės su tokiu adresu: adresas parašytas klaidingai, pašto dėžutė ištrinta ar pervadinta, arba Outlook AutoComplete pasiūlė pasenusį adresą.
    .fix-1 = Patikrinkite adreso rašybą; pašalinkite pasenusį AutoComplete įrašą Outlook ir įveskite adresą iš naujo.
    .fix-2 = Gavėjo domeno administratoriui: patikrinkite, ar adresas egzistuoja: Get-Recipient <address>.
    .fix-3 = Jei gavėjas yra vietinėje hibridinės aplinkos dalyje, įsitikinkite, kad jis sinchronizuotas į Exchange Online kaip pašto vartotojas (MailUser).

exo-5-1-8-bad-outbound-sender = Siuntėjo paskyrai uždrausta siųsti, nes ji siuntė šlamštą
    .cause = Exchange Online įtraukė siunčiantį naudotoją į restricted entities sąrašą, kai jis siuntė į šlamštą panašų paštą, dažniausiai dėl užvaldytos paskyros. Kol administratorius jo neatblokuos, naudotojas negali siųsti išorinio (ar jokio) pašto.
    .fix-1 = Pirmiausia apsaugokite paskyrą: pakeiskite slaptažodį, atšaukite seansus, įjunkite MFA ir pašalinkite kenkėjiškas inbox taisykles ar persiuntimą (Get-InboxRule -Mailbox <user>).
    .fix-2 = Atblokuokite naudotoją Microsoft Defender portalo Restricted entities puslapyje arba su Remove-BlockedSenderAddress -SenderAddress <user> (Get-BlockedSenderAddress parodo užblokuotus naudotojus).
    .fix-3 = Peržiūrėkite outbound spam politiką ir įspėjimus, kad sužinotumėte, ką paskyra siuntė.

exo-5-1-10-recipient-not-found = Gavėjo Exchange organizacijoje nėra nė vieno su tokiu adresu (RESOLVER.ADR.RecipientNotFound)
    .cause = SMTP adreso paieška gavėjo Exchange organizacijoje (Exchange Online arba Exchange Server) nerado nė vieno su tokiu adresu: adresas parašytas klaidingai, naudotojas ištrintas arba, Exchange Online atveju, neturi licencijos, arba persiuntimo taisyklė siunčia kopiją neveikiančiu adresu. Jei originalaus laiško nesiuntėte, šis NDR yra backscatter — šlamšto siuntėjas suklastojo jūsų adresą.
    .fix-1 = Patikrinkite adresą, pašalinkite AutoComplete įrašą ir įveskite iš naujo; palyginkite su adresu NDR, kad pastebėtumėte persiuntimą.
    .fix-2 = Gavėjo organizacijos administratoriui: patikrinkite, ar naudotojas egzistuoja (Get-Recipient <address>), o Exchange Online atveju – ar turi licenciją; ieškokite sugedusio persiuntimo (inbox taisyklės, pašto dėžutės persiuntimas, mail flow taisyklės).
    .fix-3 = Jei tai backscatter, nekreipkite dėmesio ir įsitikinkite, kad jūsų domenas turi SPF, DKIM ir DMARC, kad kiti galėtų atmesti suklastotą paštą.

exo-5-1-90-daily-recipient-limit = Siuntėjas pasiekė dienos gavėjų ribą
    .cause = Pašto dėžutė per 24 valandas siuntė daugiau gavėjų, nei leidžia Exchange Online siuntimo ribos, todėl siuntimas blokuojamas, kol slenkantis 24 valandų langas atsilaisvins. Staigus šuolis dažnai reiškia, kad paskyra užvaldyta ir siunčia šlamštą.
    .fix-1 = Patikrinkite, ar paskyra neužvaldyta (nežinomi prisijungimai, inbox taisyklės, išsiųsti laiškai), ir, jei taip, apsaugokite ją.
    .fix-2 = Patikrinkite apimtį su message trace (Get-MessageTraceV2 -SenderAddress <user>) ir outbound spam politikos ribas (Get-HostedOutboundSpamFilterPolicy | Format-List RecipientLimit*).
    .fix-3 = Teisėtam masiniam paštui naudokite specialią masinio siuntimo paslaugą, o ne naudotojo pašto dėžutę.

exo-5-2-2-submission-quota = Siuntėjas viršijo siuntimo ribas (submission quota exceeded)
    .cause = Pašto dėžutė viršijo Exchange Online gavėjų ar laiškų spartos ribą, todėl tolesni pateikimai kurį laiką atmetami. Tai dažnai rodo užvaldytą paskyrą.
    .fix-1 = Patikrinkite, ar paskyra neužvaldyta, ir apsaugokite ją (slaptažodžio keitimas, MFA, nežinomų inbox taisyklių šalinimas).
    .fix-2 = Palaukite, kol baigsis ribos laikotarpis; teisėtus siuntimus paskirstykite laike arba naudokite masinio siuntimo paslaugą.

exo-submission-quota-exceeded = Pašto dėžutė viršijo dienos gavėjų kvotą (10 000 gavėjų per dieną)
    .cause = Exchange Online atmetė pateikimą su SubmissionQuotaExceededException, nes pašto dėžutė siuntė daugiau nei jos dienos gavėjų riba (10 000 gavėjų per 24 valandas). Teisėti naudotojai jos retai pasiekia, o užvaldyta, šlamštą siunčianti paskyra — dažnai.
    .fix-1 = Patikrinkite, ar paskyra neužvaldyta: naujausi prisijungimai, inbox taisyklės, persiuntimas ir išsiųsti laiškai; jei kas nors įtartina, pakeiskite slaptažodį ir įjunkite MFA.
    .fix-2 = Įvertinkite apimtį su message trace (Get-MessageTraceV2 -SenderAddress <user>), kad pamatytumėte, kada prasidėjo 24 valandų skaičiavimas; siuntimas atsinaujina, kai langas pasislenka.
    .fix-3 = Teisėtą masinį ar programų paštą perkelkite iš naudotojų pašto dėžučių į tam skirtą paslaugą.

exo-5-2-121-sender-hourly-receive-limit = Per valandą iš vieno siuntėjo šiam gavėjui atėjo per daug laiškų
    .cause = Exchange Online riboja, kiek laiškų vienas gavėjas per valandą priima iš konkretaus siuntėjo, kad apsaugotų pašto dėžutes nuo automatinių siuntėjų sukeltų laiškų audrų. Šis siuntėjas viršijo ribą.
    .fix-1 = Siunčiančioje pusėje sulėtinkite: siųskite šiam gavėjui mažiau laiškų per valandą (pvz., pranešimus sujunkite į suvestinę).
    .fix-2 = Patikrinkite siunčiančią programą ar taisyklę, ar nėra ciklo, kuris vis siunčia tą patį pranešimą.

exo-5-2-122-recipient-hourly-receive-limit = Gavėjas per valandą gavo per daug laiškų
    .cause = Exchange Online riboja, kiek laiškų vienas gavėjas per valandą priima iš visų siuntėjų kartu. Gavėjas užverstas laiškais (pvz., automatinių sistemų ar pašto ciklo), todėl tolesni laiškai kol kas atmetami.
    .fix-1 = Siuntėjai turėtų bandyti vėliau ir sumažinti šiam gavėjui siunčiamų laiškų skaičių per valandą.
    .fix-2 = Gavėjo administratoriui: su message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) raskite srauto šaltinį ir sustabdykite jį.

exo-5-3-190-journaling-archive-disabled = Šiam nuomininkui neleidžiama žurnalizuoti vietinio pašto į Microsoft 365
    .cause = Vietinė journal taisyklė siunčia journal ataskaitas į Microsoft 365 pašto dėžutę, bet Exchange Online organizacijoje Journaling Archive išjungtas, todėl Exchange Online jas atmeta.
    .fix-1 = Arba įjunkite Journaling Archive Exchange Online (Set-TransportConfig -JournalArchivingEnabled $true), arba pakeiskite vietinę journal taisyklę, kad ataskaitos būtų pristatomos kitur (Get-JournalRule, Set-JournalRule -JournalEmailAddress).

exo-5-4-1-recipient-access-denied = Exchange Online atmetė gavėją: adresas neegzistuoja (Directory Based Edge Blocking)
    .cause = Gavėjo domenas Exchange Online yra authoritative domain, o Directory Based Edge Blocking atmeta bet kokį adresą, kurio nėra kataloge. Arba adresas klaidingas, arba (hibridinėje aplinkoje) vietinis gavėjas nesinchronizuotas į Exchange Online.
    .fix-1 = Patikrinkite, ar gavėjo adrese nėra klaidų.
    .fix-2 = Gavėjo domeno administratoriui: patikrinkite, ar gavėjas yra Exchange Online (Get-Recipient <address>); hibridinėje aplinkoje įsitikinkite, kad Entra Connect sinchronizuoja tą objektą.
    .fix-3 = Jei domenas iš tikrųjų turi gavėjų, kurių nėra kataloge, nustatykite jį kaip Internal Relay (Set-AcceptedDomain <domain> -DomainType InternalRelay) ir nukreipkite juos per išsiunčiamąją jungtį.

exo-5-4-1-relay-access-denied = Gaunantis serveris nepriima pašto gavėjo domenui (Relay Access Denied)
    .cause = Laišką gavęs serveris neatsakingas už gavėjo domeną. Dažniausiai domeno MX įrašas rodo į Exchange Online, bet domenas nėra to nuomininko accepted domain (arba rodo kitur, nors domenas yra Microsoft 365), arba neteisingi hibridinės jungties ar accepted domain nustatymai.
    .fix-1 = Patikrinkite MX įrašą: kai domeno paštas yra Microsoft 365, jis turi rodyti į <domain-key>.mail.protection.outlook.com (pvz., contoso-com.mail.protection.outlook.com) (Resolve-DnsName <domain> -Type MX).
    .fix-2 = Patikrinkite, ar domenas yra tinkamo tipo accepted domain: Get-AcceptedDomain | Format-List Name,DomainType (Authoritative arba Internal Relay, kai dalis pašto dėžučių yra kitur).
    .fix-3 = Hibridinėje aplinkoje patikrinkite Hybrid Configuration Wizard sukurtas jungtis ir, jei reikia, paleiskite vedlį iš naujo.

exo-5-4-6-hop-count-exceeded = Pašto ciklas: laiškas keliavo tarp serverių, kol pasiekė peršokimų ribą (vietinis)
    .cause = Laiškas buvo perduodamas pirmyn ir atgal tarp serverių — dažniausiai tarp vietinio Exchange ir Exchange Online ar kitos sistemos — kol Received antraščių skaičius viršijo ribą. Priežastis — maršrutizavimo konfigūracija, kurioje kiekviena pusė mano, kad už gavėją atsakinga kita.
    .fix-1 = Patikrinkite accepted domain tipus abiejose pusėse (Get-AcceptedDomain | Format-List Name,DomainType): domenas negali būti Internal Relay abiejose pusėse be galutinės paskirties.
    .fix-2 = Patikrinkite siuntimo jungtis (send connector) / smart host ir gavėjo pašto vartotojo (MailUser) paskirties adresą (ExternalEmailAddress / targetAddress), kad jie nerodytų atgal į siuntėją.
    .fix-3 = Patikrinkite gavėjo persiuntimo taisykles ir pašto dėžutės persiuntimą, kurie galėtų laišką sukti ratu.

exo-5-4-14-hop-count-exceeded = Exchange Online aptiko pašto ciklą: pasiekta peršokimų riba
    .cause = Exchange Online sustabdė laišką, nes jis perėjo per daug peršokimų (ATTR34), t. y. sukosi cikle — pvz., tarp Exchange Online ir vietinio serverio ar trečiosios šalies filtro, arba per persiuntimo taisykles. Pagal nutylėjimą ciklas nutraukiamas maždaug po 20 kartų.
    .fix-1 = Atsekite laišką ir peržiūrėkite Received antraštes, kad pamatytumėte, per kurias sistemas jis sukosi.
    .fix-2 = Patikrinkite accepted domain tipus (Get-AcceptedDomain) ir išsiunčiamųjų jungčių smart host, kad gavėjo domenas turėtų vieną aiškią galutinę paskirtį.
    .fix-3 = Patikrinkite gavėjo persiuntimą (pašto dėžutės persiuntimas, inbox taisyklės, mail flow taisyklės) ir MX įrašus, kurie galėtų rodyti atgal į ciklą.

exo-5-4-300-message-expired = Laiško galiojimas baigėsi: paskirtis taip ir neatsakė
    .cause = Exchange Online nepavyko pristatyti laiško per galiojimo laiką, nes paskirties serveris taip ir neatsakė arba laiškui sugeneruoto NDR nepavyko pristatyti pradiniam siuntėjui.
    .fix-1 = Patikrinkite paskirties domeno MX įrašus ir ar jo pašto serveris pasiekiamas (Remote Connectivity Analyzer, testas Outbound SMTP Email).
    .fix-2 = Paleiskite laiškui message trace, kad pamatytumėte paskutines klaidas, ir siųskite iš naujo, kai paskirtis veiks.

exo-5-5-0-mailbox-unavailable = Outlook.com / Hotmail gavėjas neegzistuoja
    .cause = Gavėjas yra asmeninis Outlook.com arba Hotmail adresas, o adreso paieška tokios pašto dėžutės nerado (klaidinga rašyba, uždaryta arba niekada neegzistavo).
    .fix-1 = Patikrinkite adreso rašybą ir paklauskite gavėjo teisingo adreso.
    .fix-2 = Prieš siųsdami iš naujo pašalinkite pasenusį AutoComplete įrašą Outlook.

exo-5-6-11-bare-linefeeds = Laiške yra pavienių eilutės pabaigos simbolių (bare LF), ir paskirtis jo negali priimti
    .cause = Siunčianti programa į laišką įrašė pavienius LF simbolius (eilutės pabaiga be grįžimo į eilutės pradžią). Exchange Online jų nebetaiso, o kadangi gaunantis serveris nepalaiko BDAT (CHUNKING), laiško negalima išsiųsti su DATA.
    .fix-1 = Pataisykite siunčiančią programą ar scenarijų, kad kiekviena eilutė baigtųsi CRLF (pvz., naudokite pašto bibliotekos standartinį serializavimą, o ne rašykite gryną LF).
    .fix-2 = Laikinas sprendimas: išsiųskite laišką iš naujo per Outlook on the web.
    .fix-3 = Jei paskirtis yra jūsų serveris, įjunkite jame BDAT/CHUNKING arba atnaujinkite į jį palaikantį serverį.

exo-5-7-1-delivery-not-authorized = Siuntėjui neleidžiama siųsti šiam gavėjui
    .cause = Gavėjas (dažnai platinimo grupė) priima laiškus tik iš tam tikrų siuntėjų, arba laišką atmetė mail flow (transport) taisyklė. Siuntėjo nėra leidžiamų sąraše.
    .fix-1 = Patikrinkite gavėjo pristatymo apribojimus: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFrom*,RejectMessagesFrom*,RequireSenderAuthenticationEnabled (pašto dėžutei — Get-Mailbox).
    .fix-2 = Paleiskite message trace, kad pamatytumėte, ar laišką atmetė mail flow taisyklė (Get-TransportRule parodo taisykles), ir pakoreguokite taisyklę, jei atmetimas klaidingas.
    .fix-3 = Kitu atveju siuntėjas turi paprašyti grupės savininko ar gavėjo administratoriaus leidimo.

exo-5-7-1-unable-to-relay = Serveris atsisakė perduoti laišką į išorinį domeną (relay)
    .cause = Siunčianti sistema paprašė serverio pristatyti į domeną, už kurį serveris neatsakingas, neturėdama teisės perduoti (relay). Dažnos priežastys: programa ar įrenginys anonimiškai perduoda paštą per Exchange arba MX įrašas rodo į serverį, kuris to domeno nepriima.
    .fix-1 = Programai ar įrenginiui, kuriam reikia perduoti paštą, sukurkite atskirą gavimo jungtį (Receive connector), apribotą jo IP adresu, ir suteikite relay teisę: Get-ReceiveConnector <name> | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'Ms-Exch-SMTP-Accept-Any-Recipient'.
    .fix-2 = Arba leiskite programai autentifikuotis paskyra, kuriai leidžiama siųsti, užuot perdavus anonimiškai.
    .fix-3 = Jei gavėjo domenas turėtų būti šiame serveryje, pridėkite jį kaip accepted domain (New-AcceptedDomain) ir patikrinkite, ar jo MX įrašas rodo į tinkamą sistemą.

exo-5-7-1-client-not-authenticated = Gaunantis serveris prieš priimdamas paštą reikalauja autentifikacijos
    .cause = Gaunantis serveris šioje jungtyje priima laiškus tik iš autentifikuotų siuntėjų ir neleidžia anoniminio pašto, todėl neautentifikuota siunčianti sistema buvo atmesta. Tai būdinga, kai serverio į internetą nukreipta gavimo jungtis neleidžia anoniminių naudotojų.
    .fix-1 = Jei serveris turi priimti paštą iš interneto, leiskite anoniminius siuntėjus į internetą nukreiptoje gavimo jungtyje (Set-ReceiveConnector <name> -PermissionGroups, įtraukiant AnonymousUsers).
    .fix-2 = Jei siuntėjas yra vidinė programa ar serveris, sukonfigūruokite jį autentifikuotis gaunančiame serveryje.

exo-5-7-12-sender-not-authenticated-by-org = Gavėjas priima laiškus tik iš savo organizacijos vidaus
    .cause = Gavėjas sukonfigūruotas atmesti laiškus iš siuntėjų už jo organizacijos ribų (neautentifikuotų siuntėjų), o siuntėjas yra išorinis. Tai pakeisti gali tik gavėjo administratorius.
    .fix-1 = Gavėjo administratoriui: leiskite išorinius siuntėjus tam gavėjui: Set-Mailbox / Set-DistributionGroup / Set-UnifiedGroup <identity> -RequireSenderAuthenticationEnabled $false (arba EAC skiltyje delivery management).
    .fix-2 = Siuntėjui: susisiekite su gavėju kitu būdu ir paprašykite leisti išorinį paštą.

exo-5-7-13-135-public-folder = Viešasis aplankas priima laiškus tik iš organizacijos vidaus
    .cause = Gavėjas yra paštui įgalintas viešasis aplankas, kuris atmeta neautentifikuotus (išorinius) siuntėjus.
    .fix-1 = Administratoriui: leiskite išorinius siuntėjus: Set-MailPublicFolder <folder> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Arba pridėkite konkrečius siuntėjus, kuriems leidžiama rašyti (Set-MailPublicFolder -AcceptMessagesOnlyFrom).

exo-5-7-124-sender-not-allowed = Siuntėjo nėra grupės leidžiamų siuntėjų sąraše
    .cause = Platinimo grupė priima laiškus tik iš nurodytų siuntėjų (ar narių), o siuntėjo tame sąraše nėra — priklausomai nuo nustatymų, net grupės savininkas turi būti įtrauktas. Didelės grupės taip pat gali būti apribotos tik nariams.
    .fix-1 = Patikrinkite apribojimą: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers,AcceptMessagesOnlyFrom.
    .fix-2 = Pridėkite siuntėją prie leidžiamų EAC (group > Settings > Delivery management) arba su Set-DistributionGroup.

exo-5-7-133-group-requires-auth = Gaunančioji grupė priima laiškus tik iš organizacijos vidaus
    .cause = Gavėjas yra platinimo grupė arba Microsoft 365 grupė, nustatyta atmesti laiškus iš neautentifikuotų (išorinių) siuntėjų. Paštas iš išorės, įskaitant anonimiškai perduodamą iš vietinių programų, atmetamas.
    .fix-1 = Administratoriui ar grupės savininkui: leiskite išorinius siuntėjus: Set-DistributionGroup <group> -RequireSenderAuthenticationEnabled $false (Microsoft 365 grupei — Set-UnifiedGroup).
    .fix-2 = Vietinėms programoms, siunčiančioms grupei, naudokite įeinančią jungtį arba autentifikuotą pateikimą, kad laiškas būtų laikomas vidiniu.

exo-5-7-134-mailbox-requires-auth = Pašto dėžutė priima laiškus tik iš organizacijos vidaus
    .cause = Gavėjo pašto dėžutė nustatyta atmesti laiškus iš neautentifikuotų (išorinių) siuntėjų, todėl išoriniai laiškai jai atmetami.
    .fix-1 = Administratoriui: leiskite išorinius siuntėjus: Set-Mailbox <mailbox> -RequireSenderAuthenticationEnabled $false arba pridėkite leidžiamus siuntėjus.

exo-5-7-136-mail-user-requires-auth = Pašto vartotojas (MailUser) priima laiškus tik iš organizacijos vidaus
    .cause = Gavėjas yra pašto vartotojas (MailUser: adresas, kurio pašto dėžutė yra kitur), nustatytas atmesti laiškus iš neautentifikuotų (išorinių) siuntėjų.
    .fix-1 = Administratoriui: leiskite išorinius siuntėjus: Set-MailUser <identity> -RequireSenderAuthenticationEnabled $false arba pridėkite leidžiamus siuntėjus.

exo-5-7-23-spf-violation = Gavėjas atmetė laišką, nes jis neperėjo SPF
    .cause = Gaunanti sistema tikrina SPF, o siunčiančio serverio IP adreso siuntėjo domeno SPF įrašas neleidžia (trūksta include, klaidingas IP arba per daug DNS užklausų).
    .fix-1 = Patikrinkite domeno SPF įrašą (Resolve-DnsName <domain> -Type TXT) ir įtraukite visus teisėtus siuntimo šaltinius; Microsoft 365 atveju jame turi būti include:spf.protection.outlook.com.
    .fix-2 = Neviršykite 10 DNS užklausų ir skelbkite tik vieną SPF įrašą, tada siųskite iš naujo.

exo-5-7-25-ipv6-no-reverse-dns = Siunčiantis IPv6 adresas neturi atvirkštinio DNS (PTR) įrašo
    .cause = Exchange Online reikalauja atvirkštinio DNS įrašo IPv6 adresams, iš kurių siunčiamas paštas. Jungiantis IPv6 adresas neturi PTR įrašo.
    .fix-1 = Paprašykite IPv6 adreso valdytojo (talpinimo ar interneto paslaugų teikėjo) paskelbti PTR įrašą su serverio vardu.
    .fix-2 = Iki tol siųskite į Exchange Online per IPv4.

exo-5-7-57-smtp-auth-required = Programa ar įrenginys neautentifikuotas siunčiant per smtp.office365.com
    .cause = Programa, spausdintuvas ar scenarijus pateikia paštą į smtp.office365.com neautentifikuodamasis (arba autentifikacija nepavyko). SMTP client submission reikalauja licencijuotos pašto dėžutės kredencialų, o autentifikuotis galima tik po TLS derybų.
    .fix-1 = Sukonfigūruokite įrenginį naudoti smtp.office365.com 587 prievadą su STARTTLS ir pašto dėžutės, kuriai leidžiama siųsti, kredencialus; įsitikinkite, kad įrenginys palaiko TLS 1.2.
    .fix-2 = Patikrinkite, ar SMTP AUTH leidžiamas: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled ir Get-CASMailbox <user> | Format-List SmtpClientAuthenticationDisabled (Set-CASMailbox <user> -SmtpClientAuthenticationDisabled $false).
    .fix-3 = Jei įrenginys negali autentifikuotis, naudokite direct send arba SMTP relay jungtį (įeinanti jungtis pagal IP ar sertifikatą).

exo-5-7-64-tenant-attribution = Exchange Online negali susieti jūsų serverio pašto su įeinančia jungtimi (TenantAttribution)
    .cause = Exchange Online gauna paštą iš jūsų vietinio serverio ar perdavimo mazgo per įeinančią jungtį, bet ji nebeatitinka ryšio: pasikeitė serverio viešasis IP adresas arba jo pateikiamo sertifikato vardas skiriasi nuo sukonfigūruoto jungtyje. Tada paštas laikomas anoniminiu perdavimo bandymu ir atmetamas.
    .fix-1 = Patikrinkite jungtį: Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled.
    .fix-2 = Atnaujinkite ją dabartiniu viešuoju IP (Set-InboundConnector <name> -SenderIPAddresses <ip>) arba sertifikato vardu (-TlsSenderCertificateName <name>), arba paleiskite Hybrid Configuration Wizard iš naujo.
    .fix-3 = Įsitikinkite, kad vietinė send connector pateikia teisingą sertifikatą (TlsCertificateName) ir siunčia visą sertifikatų grandinę.

exo-5-7-501-spam-abuse = Siunčianti paskyra užblokuota aptikus šlamštą
    .cause = Exchange Online aptiko siunčiančios paskyros šlamšto veiklą ir uždraudė jai siųsti. Paprastai tai reiškia, kad paskyra užvaldyta.
    .fix-1 = Apsaugokite paskyrą: pakeiskite slaptažodį, atšaukite seansus, įjunkite MFA ir pašalinkite kenkėjiškas inbox taisykles ar persiuntimą.
    .fix-2 = Išsprendę problemą, per įprastą kanalą kreipkitės į Microsoft palaikymą, kad būtų atkurtas siuntimas.

exo-5-7-502-503-banned-sender = Siunčianti paskyra užblokuota dėl šlamšto veiklos
    .cause = Exchange Online užblokavo siunčiančią paskyrą, aptikęs iš jos siunčiamą šlamštą, dažniausiai dėl užvaldytos paskyros.
    .fix-1 = Apsaugokite paskyrą (slaptažodžio keitimas, MFA, kenkėjiškų taisyklių ir persiuntimo šalinimas) ir patikrinkite, ką ji siuntė.
    .fix-2 = Tada per įprastą kanalą kreipkitės į Microsoft palaikymą, kad draudimas būtų panaikintas.

exo-5-7-504-recipient-rejected = Gavėjo adresas atmestas kaip negaliojantis
    .cause = Exchange Online Protection atmetė gavėjo adresą, nes tai nėra galiojantis gavėjas.
    .fix-1 = Patikrinkite gavėjo el. pašto adresą ir siųskite iš naujo.

exo-5-7-505-banned-recipient = Gavėjo adresas užblokuotas
    .cause = Exchange Online Protection atsisako pristatyti šiuo gavėjo adresu, nes jis laikomas negaliojančiu.
    .fix-1 = Patikrinkite adresą; jei manote, kad blokavimas klaidingas, kreipkitės į Microsoft palaikymą.

exo-5-7-506-bad-helo = Siunčiantis serveris prisistatė gaunančio serverio vardu (Bad HELO)
    .cause = HELO/EHLO komandoje siunčiantis serveris naudojo serverio, prie kurio jungėsi, vardą, o ne savo pilną mazgo vardą. Exchange Online tai laiko šlamšto roboto elgesiu ir atmeta jungtį.
    .fix-1 = Nustatykite siunčiančio serverio HELO/EHLO vardą į jo paties viešąjį FQDN: Exchange — Set-SendConnector <name> -Fqdn <host>; Postfix — smtp_helo_name (pagal nutylėjimą myhostname).
    .fix-2 = Įsitikinkite, kad tas vardas nurodo serverio viešąjį IP ir turi atitinkamą PTR įrašą.

exo-5-7-507-rejected-by-recipient = Gavėjo organizacija blokuoja siunčiantį IP adresą
    .cause = Gavėjo organizacija užblokavo IP adresą, iš kurio siunčiate, todėl Exchange Online jos vardu atmeta laišką.
    .fix-1 = Susisiekite su gavėju kitu būdu ir paprašykite jo pašto administratoriaus atblokuoti jūsų siunčiantį IP adresą.

exo-5-7-508-ipv6-range-limit = Siunčiantis IPv6 diapazonas per trumpą laiką išsiuntė per daug laiškų
    .cause = Exchange Online riboja, kaip greitai vienas IPv6 diapazonas gali siųsti, o siuntėjo diapazonas ribą viršijo.
    .fix-1 = Sumažinkite siuntimo spartą iš to IPv6 diapazono arba siųskite per IPv4.
    .fix-2 = Patikrinkite siunčiančius mazgus dėl užvaldymo ar netikėto masinio pašto.

exo-5-7-509-dmarc-reject = Laiškas neperėjo DMARC, o siuntėjo domeno politika — reject
    .cause = From antraštės domenas skelbia DMARC su p=reject, o laiškas neperėjo nei SPF, nei DKIM, suderintų (aligned) su tuo domenu, todėl gavėjas jį atmetė. Tipinės priežastys: trūksta DKIM parašo, siuntimo paslaugos nėra SPF arba persiuntimas sugadino SPF/DKIM.
    .fix-1 = Grąžinto laiško Authentication-Results antraštėje pažiūrėkite, kurios patikros nepavyko.
    .fix-2 = Užtikrinkite, kad kiekviena domeno vardu siunčianti paslauga praeitų suderintą SPF ar DKIM: įtraukite ją į SPF ir įjunkite domeno DKIM pasirašymą (Microsoft 365: Defender portalo DKIM puslapis arba Set-DkimSigningConfig <domain> -Enabled $true).
    .fix-3 = Kol visi šaltiniai nesuderinti, apsvarstykite švelnesnę DMARC politiką (p=quarantine arba p=none) stebėdami ataskaitas.

exo-5-7-510-no-ipv6 = Gavėjo domenas nepriima pašto per IPv6
    .cause = Laiškas išsiųstas per IPv6, bet gavėjo domenas nepriima el. pašto per IPv6.
    .fix-1 = Leiskite siunčiančiam serveriui pristatyti šiam domenui per IPv4 (Postfix: smtp_address_preference = ipv4 arba inet_protocols = ipv4).

exo-5-7-511-banned-sender-ip = Siunčiantį IP adresą užblokavo Microsoft
    .cause = IP adresą, iš kurio siunčiamas paštas, užblokavo Exchange Online Protection, dažniausiai dėl iš jo siųsto šlamšto ar kitokio piktnaudžiavimo (galbūt ankstesnio adreso naudotojo).
    .fix-1 = Raskite ir sustabdykite piktnaudžiavimo šaltinį tame IP (užvaldytos paskyros, atviras perdavimas, užkrėsti kompiuteriai).
    .fix-2 = Paprašykite pašalinti iš sąrašo, parašę į delist@microsoft.com su visu NDR tekstu ir IP adresu.

exo-5-7-512-from-not-rfc5322 = Laiškas neturi galiojančio From adreso
    .cause = Exchange Online atmeta laiškus, kurių From antraštėje nėra galiojančio adreso, kaip reikalauja RFC 5322 3.6.2 skirsnis — pvz., tuščias From arba rodomas vardas be adreso kampiniuose skliaustuose.
    .fix-1 = Pataisykite siunčiančią programą, kad kiekvienas laiškas turėtų From antraštę su galiojančiu adresu, pvz., From: Display Name <sender@contoso.com>.

exo-5-7-513-customer-block-list = Gavėjo domenas užblokavo jūsų IP savo blokavimo sąraše
    .cause = Gavėjo organizacija įtraukė jūsų siunčiantį IP adresą į savo pasirinktinį blokavimo sąrašą Exchange Online (AS16012607), todėl jos nuomininkas atmeta jūsų paštą.
    .fix-1 = Susisiekite su gavėju kitu būdu ir paprašykite jo pašto administratoriaus pašalinti jūsų IP adresą iš blokavimo sąrašo.

exo-5-7-606-649-banned-sending-ip = Siunčiantis IP adresas yra Microsoft užblokuotų siuntėjų sąraše
    .cause = Exchange Online Protection užblokavo jungiantį IP adresą dėl šlamšto ar kito kenkėjiško srauto (kodai nuo 5.7.606 iki 5.7.649). Visas paštas iš to IP į Microsoft 365 atmetamas, kol jis nebus pašalintas iš sąrašo.
    .fix-1 = Pirmiausia raskite ir pašalinkite priežastį tame IP: užvaldytas paskyras, atvirą perdavimą ar masinį paštą, kurį gavėjai žymi kaip šlamštą.
    .fix-2 = Paprašykite pašalinimo savitarnos delist portale (https://sender.office.com), nurodydami IP adresą iš NDR.

exo-5-7-703-tenant-recipient-block = Jūsų pačių organizacija blokuoja šį gavėją (Tenant Allow/Block List)
    .cause = Gavėjo adresas ar domenas užblokuotas jūsų nuomininko Tenant Allow/Block List. Toks blokavimas neleidžia ir jūsų naudotojams siųsti jam, o visas laiškas atmetamas visiems gavėjams.
    .fix-1 = Patikrinkite blokavimo įrašus: Get-TenantAllowBlockListItems -ListType Sender -Block.
    .fix-2 = Jei blokavimas nepageidaujamas, pašalinkite įrašą (Remove-TenantAllowBlockListItems -ListType Sender -Entries <address-or-domain>) arba Defender portale skiltyje Tenant Allow/Block Lists, tada siųskite iš naujo.

exo-5-7-705-tenant-threshold = Išeinantis jūsų nuomininko paštas užblokuotas: išsiųsta per daug šlamšto
    .cause = Didžioji dalis pastarojo nuomininko išeinančio srauto aptikta kaip šlamštas ar masinis paštas, todėl Exchange Online užblokavo viso nuomininko išeinantį paštą. Dažnos priežastys — užvaldytas vietinis serveris ar administratoriaus paskyra, panaudota jungtims kurti; retai — prenumerata, pratęsta jau jai pasibaigus.
    .fix-1 = Šaltinį raskite su Mailflow status report, Threat protection status (spam), Top senders and recipients ir Outbound connector report bei message trace.
    .fix-2 = Pašalinkite priežastį (užvaldytas paskyras, atvirą perdavimą, nežinomas jungtis: Get-InboundConnector / Get-OutboundConnector), tada kreipkitės į Microsoft palaikymą, kad blokavimas būtų panaikintas.

exo-5-7-708-ip-not-accepted = Exchange Online nepriima pašto iš šio žemos reputacijos siunčiančio IP
    .cause = Nuomininkas siunčia iš žemos reputacijos IP adresų, būdingų naujiems ar bandomiesiems nuomininkams, todėl Exchange Online atmeta srautą.
    .fix-1 = Jei tai bandomasis nuomininkas, kreipkitės į Microsoft palaikymą ir paprašykite išimties, kol įsigysite licencijas.
    .fix-2 = Įsitikinkite, kad nuomininkas siunčia tik teisėtą paštą iš patvirtintų domenų.

exo-5-7-750-unregistered-domains = Nuomininkui uždrausta siųsti iš neregistruotų domenų
    .cause = Per nuomininką išsiųsta daug laiškų su siuntėjų domenais, kurie nėra Microsoft 365 accepted domain, todėl Exchange Online juos užblokavo. Dažnai jungtis perduoda paštą domenams, kurių niekas neužregistravo, arba užpuolikas sukūrė jungtį šlamštui siųsti.
    .fix-1 = Pridėkite ir patvirtinkite kiekvieną domeną, iš kurio siunčiate, kaip accepted domain (Microsoft 365 admin center > Settings > Domains; Get-AcceptedDomain juos parodo).
    .fix-2 = Arba naudokite sertifikatu pagrįstą įeinančią jungtį, kurios sertifikato domenas yra priimtas ir patvirtintas.
    .fix-3 = Ieškokite nežinomų jungčių (Get-InboundConnector) ir užvaldytų administratorių paskyrų ir jas pašalinkite.

exo-4-4-62-wrong-region = Exchange Online atmetė laišką: jis pateko į netinkamą Microsoft 365 regioną (ATTR35)
    .cause = Laiškas buvo perduotas Exchange Online priekiniam serveriui, kuris neaptarnauja gavėjo nuomininko (tenant). Siunčiantis serveris ar įrenginys kaip tarpinį serverį (smart host) ar MX naudojo seną ar bendrą paskirtį (mail.messaging.microsoft.com, mail.global.frontbridge.com arba fiksuotą Microsoft 365 IP adresą), o ne paties nuomininko MX pavadinimą.
    .fix-1 = Exchange serveryje patikrinkite siuntimo jungties į Microsoft 365 tarpinį serverį: Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces. Pakeiskite šias reikšmes nuomininko MX galiniu tašku (contoso-com.mail.protection.outlook.com) arba pradiniu domenu (<tenant>.mail.onmicrosoft.com).
    .fix-2 = Įrenginiuose ir programose, kurie persiunčia paštą į Microsoft 365, nurodykite tą patį MX galinį tašką vietoj IP adreso, o kur galima, leiskite jiems patiems ieškoti MX įrašų.
    .fix-3 = Patikrinkite, ar domeno MX įrašas rodo į pavadinimą, nurodytą Microsoft 365 administravimo centre (Settings > Domains), ir iš naujo bandykite pristatyti eilės laiškus.

exchange-421-4-3-2-concurrent-connections = Per daug jungčių vienu metu: Exchange gavimo jungtis atmetė dar vieną
    .cause = Gaunantis Exchange serveris (arba Exchange Online priekinis serveris) jau turi tiek SMTP jungčių iš šio siuntėjo ar iš viso, kiek leidžia gavimo jungtis (MaxInboundConnectionPerSource, MaxInboundConnection), todėl naują uždarė su 421 4.3.2. Laiškas lieka eilėje ir bus siunčiamas pakartotinai.
    .fix-1 = Jei atmetantis serveris jūsų: Get-ReceiveConnector | Format-List Name,MaxInboundConnection,MaxInboundConnectionPerSource. Padidinkite ribą jungtyje, kuri priima šio šaltinio paštą (Set-ReceiveConnector -MaxInboundConnectionPerSource), ir ieškokite jungčių, kurios pakibo dėl tinklo gedimo.
    .fix-2 = Jei jūsų serveris siunčia: atidarykite mažiau vienu metu veikiančių jungčių į tą paskirtį (Exchange: Set-TransportService -MaxPerDomainOutboundConnections; Postfix: smtp_destination_concurrency_limit) arba paskirstykite siuntimą laike; masiškai siunčiančios programos turėtų pakartotinai naudoti vieną jungtį.


exchange-451-5-7-3-exchange-auth = Exchange serveriai negali patvirtinti vienas kito tapatybės (Exchange Server authentication, X-EXPS)
    .cause = Vienos organizacijos Exchange serveriai prieš perduodami vidinį paštą patvirtina vienas kito tapatybę komanda X-EXPS. Gaunantis serveris ją atmetė arba jos nesiūlė: šį srautą priimančioje gavimo jungtyje išjungta Exchange Server authentication, ryšį priima kita gavimo jungtis su siauresniu nuotolinių IP intervalu, arba ugniasienė ar SMTP tikrinimas tarp jų pašalina X-ANONYMOUSTLS, X-EXPS ar GSSAPI.
    .fix-1 = Gaunančiame serveryje: Get-ReceiveConnector | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups. Jungčiai, kuri priima paštą iš kitų Exchange serverių (Default Frontend, Default), reikia AuthMechanism ExchangeServer (kartu su Tls) ir leidimų grupių ExchangeServers bei ExchangeLegacyServers.
    .fix-2 = Įsitikinkite, kad jokia pasirinktinė jungtis (pavyzdžiui, persiuntimo) neturi kitų Exchange serverių adresų savo RemoteIPRanges.
    .fix-3 = Išjunkite SMTP tikrinimą (inspection/fixup) ugniasienėse tarp serverių, kad X-ANONYMOUSTLS, X-EXPS ir GSSAPI praeitų; tada paleiskite Retry-Queue.

exchange-451-4-7-0-idle-timeout = Exchange uždarė neaktyvią SMTP sesiją (Timeout waiting for client input)
    .cause = Klientas nieko nesiuntė ilgiau nei gavimo jungties ConnectionInactivityTimeout, todėl Exchange baigė sesiją su 451 4.7.0. Pavieniui tai nekenksminga: užstrigęs klientas, atvira palikta bandomoji sesija ar skeneris. Daug tokių iš vieno siuntėjo gali rodyti lėtą tinklo kelią arba klientą, kuris laukia to, ko serveris nesiunčia.
    .fix-1 = Paprastai nieko daryti nereikia. Jei tikras siuntėjas atjungiamas siunčiant laišką, patikrinkite tinklo kelią tarp jo ir šio serverio bei jungties ConnectionInactivityTimeout (Get-ReceiveConnector | Format-List Name,ConnectionInactivityTimeout).

exchange-sender-id-rejected = Exchange Sender ID patikra atmetė laišką: siuntėjo domenas neleidžia siunčiančio serverio (Sender ID / PRA)
    .cause = Exchange serverio Sender ID agentas palygino tariamai atsakingą adresą (purported responsible address: antraštę Resent-Sender, Resent-From, Sender arba From) su to domeno SPF įrašu. „Not Permitted“ reiškia, kad įraše nėra siuntėjo IP; „Domain Does Not Exist“ – kad antraštėje nurodyto domeno DNS nėra. Jei tai užregistravo jūsų serveris (message tracking FAIL iš Sender Id Agent, Directionality Incoming), jis atmetė gaunamą laišką, dažniausiai šlamštą su suklastotu siuntėju: gavėjas čia nekaltas.
    .fix-1 = Jei laišką atmetė jūsų serveris, šlamšto atveju nieko taisyti nereikia; teisėto siuntėjo paprašykite pataisyti SPF įrašą arba jo domeną išimkite iš patikros (Set-SenderIdConfig -BypassedSenderDomains).
    .fix-2 = Jei atmestas jūsų laiškas, įsitikinkite, kad From ar Sender antraštės domeno SPF įrašas išvardija visus už jį siunčiančius serverius ir kad domenas randamas viešajame DNS.
exchange-rfc2606-reserved-domain = Gavėjo domenas rezervuotas bandymams ir dokumentacijai (RFC 2606)
    .cause = Exchange atmetė gavėją, nes jo domenas yra vienas iš RFC 2606 rezervuotų pavadinimų (.test, .example, .invalid, .localhost, example.com, example.net, example.org): tokie domenai niekada negauna laiškų. Laboratorija, bandomasis scenarijus ar stebėsenos zondas gavėjams naudojo rezervuotą domeną.
    .fix-1 = Bandomosioms pašto dėžutėms suteikite adresus jums priklausančiame domene (organizacijos accepted domain) ir naudokite juos Test-Mailflow bei stebėsenoje.
    .fix-2 = Jei laboratorija vidinei vardų sričiai naudoja rezervuotą pavadinimą, jos pašto adresams pridėkite accepted domain, nepatenkantį tarp rezervuotų pavadinimų.
exo-5-7-51-tenant-inbound-attribution = Exchange Online pagal gavėjo domeną rado partnerio jungtį, o šio serverio laiškas jos reikalavimų neatitiko (TenantInboundAttribution)
    .cause = Gaunančio Exchange Online nuomininko gaunamoji jungtis (inbound connector) atitiko laišką pagal gavėjo domeną ir priima paštą tik iš tam tikrų sertifikatų ar IP adresų (RestrictDomainsToCertificate / RestrictDomainsToIPAddresses). Siunčiantis serveris nepateikė laukiamo sertifikato (TlsSenderCertificateName) arba jungėsi ne iš išvardyto adreso. Hibridinėje aplinkoje dažniausiai vietinis Send connector pateikia atnaujintą ar kitą sertifikatą, nei nurodo jungtis Exchange Online.
    .fix-1 = Palyginkite sertifikatą: vietoje Get-SendConnector | Format-List Name,TlsCertificateName; Exchange Online – Get-InboundConnector | Format-List Name,TlsSenderCertificateName,RestrictDomainsToCertificate,SenderIPAddresses.
    .fix-2 = Iš naujo paleiskite Hybrid Configuration Wizard su dabartiniu sertifikatu arba nustatykite Send connector TlsCertificateName („<I>issuer<S>subject“) ir gaunamosios jungties TlsSenderCertificateName, kad jie sutaptų.
    .fix-3 = Jei siuntėjas yra partneris, atnaujinkite partnerio jungties sertifikato pavadinimą ar IP sąrašą pagal dabartinius partnerio serverius.
exchange-transport-rule-reject = Laišką atmetė pašto srauto (transporto) taisyklė
    .cause = Pašto srauto taisyklė su veiksmu „atmesti laišką su paaiškinimu“ (RejectMessage) atitiko laišką ir išsiuntė NDR; „the message was rejected by organization policy“ yra numatytasis paaiškinimas. Taisyklė priklauso organizacijai, kurios serveris užrašė klaidą: jūsų, jei ją rodo jūsų message tracking (Source AGENT, Transport Rule Agent), kitu atveju – gavėjo.
    .fix-1 = Jei laišką atmetė jūsų organizacija, suraskite suveikusią taisyklę (ją nurodo message trace ar Get-MessageTrackingLog; Get-TransportRule | Format-List Name,State,Priority,RejectMessageReasonText) ir, jei laiškas buvo teisėtas, pakeiskite jos sąlygas arba pridėkite išimtį.
    .fix-2 = Jei atmetė gavėjo organizacija, siuntėjas tos taisyklės pakeisti negali: nusiųskite NDR gavėjo administratoriams ir paklauskite, kuri taisyklė suveikė.
exo-5-7-520-external-forwarding-blocked = Jūsų organizacija draudžia automatiškai persiųsti laiškus išoriniais adresais (5.7.520)
    .cause = Laišką atmetė paties siuntėjo Microsoft 365 organizacija: jis buvo automatiškai persiųstas (gautųjų taisykle, pašto dėžutės persiuntimu ar peradresavimu) adresu už organizacijos ribų, o siunčiamojo šlamšto politika neleidžia automatinio persiuntimo į išorę. Gavėjo pusė čia niekuo dėta.
    .fix-1 = Jei persiuntimas reikalingas, sukurkite atskirą siunčiamojo šlamšto politiką tik toms pašto dėžutėms su „Automatic forwarding rules“ = On (Microsoft Defender portalas → Anti-spam policies), o ne atverkite jo visiems.
    .fix-2 = Jei jis nereikalingas (pamiršta taisyklė arba užpuoliko įsilaužtoje pašto dėžutėje sukurta taisyklė), pašalinkite jį: Get-InboxRule -Mailbox <user> ir Get-Mailbox <user> | Format-List ForwardingSmtpAddress,DeliverToMailboxAndForward.
exo-5-7-193-group-external-senders = Microsoft 365 grupė nepriima laiškų iš už organizacijos ribų (5.7.193)
    .cause = Gavėjas yra Microsoft 365 grupė, priimanti laiškus tik iš narių arba savo organizacijos žmonių; išorinis siuntėjas arba ne narys buvo grupės atmestas.
    .fix-1 = Paprašykite gavėjo administratoriaus ar grupės savininko leisti išorinius siuntėjus: Outlook ar administravimo centre „Let people outside the organization email the group“ arba Set-UnifiedGroup <group> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Jei rašyti gali tik nariai, siųskite tiesiai kuriam nors nariui arba paprašykite įtraukti jus į grupę.
exo-5-7-367-relay-pool-rejected = Laišką, kurį Exchange Online persiuntė toliau, atmetė kitas serveris (5.7.367)
    .cause = Exchange Online persiuntė laišką kitam serveriui iš savo persiuntimo telkinio (relay pool), nes laiškas nepraėjo SPF ar DKIM patekdamas į Microsoft 365 (dažniausiai laiškas, atėjęs per trečiosios šalies šliuzą arba persiųstas dar kartą); kitas serveris atmeta paštą iš to telkinio. Siuntėjas negali to išspręsti SMTP autentifikavimu.
    .fix-1 = Jei paštas į Microsoft 365 patenka per kitą šliuzą ar paslaugą, jo gaunamojoje jungtyje įjunkite Enhanced Filtering for Connectors, kad būtų tikrinami pirminio siuntėjo SPF ir DKIM.
    .fix-2 = Savo persiunčiamo pašto siuntėjų domenus paverskite nuomininko priimamais domenais (accepted domain) ir venkite persiųsti išorinį paštą per kelis mazgus.
exo-5-1-20-multiple-from = Laiške keli From adresai ir nėra Sender (5.1.20)
    .cause = Laiško From antraštėje yra daugiau nei vienas adresas, o tuomet RFC 5322 reikalauja Sender antraštės, nurodančios tikrąjį siuntėją; Exchange Online tokį laišką atmeta. Dažniausiai priežastis – laišką kurianti programa ar scenarijus.
    .fix-1 = Pakeiskite siunčiančią programą, kad From būtų vienas adresas, arba pridėkite Sender antraštę su iš tikrųjų siunčiančios pašto dėžutės adresu.
exchange-content-filter-quarantined = Turinio filtro agentas laišką perkėlė į karantiną (Exchange Server)
    .cause = Gaunančio Exchange serverio Content Filter agentas įvertino laišką kaip šlamštą virš karantino slenksčio ir perkėlė jį į karantino pašto dėžutę užuot pristatęs; siuntėjui išsiųstas NDR.
    .fix-1 = Jei laiškas teisėtas, paprašykite gavėjo administratoriaus išleisti jį iš karantino pašto dėžutės.
    .fix-2 = Siuntėjui ar gavėjui, kurių nereikia filtruoti, pridėkite išimtį: Set-ContentFilterConfig -BypassedSenders, -BypassedSenderDomains arba -BypassedRecipients; slenksčius peržiūrėkite su Get-ContentFilterConfig.
exchange-5-1-6-single-label-domain = Gavėjo domenas turi vieną žymę, ir Exchange jį atmeta (5.1.6)
    .cause = Gavėjo adresas baigiasi vienos žymės domenu (user@contoso vietoj user@contoso.com), o Exchange organizacija nustatyta atmesti gavėjus vienos žymės domenuose (Set-TransportConfig -RejectSingleLabelRecipientDomains $true).
    .fix-1 = Įrašykite visą gavėjo domeno vardą (user@contoso.com); pataisykite kontaktą, programą ar automatinio užbaigimo įrašą, pateikiantį trumpąją formą.
    .fix-2 = Jei tokius vidinius vardus būtina priimti, administratorius gali paleisti Set-TransportConfig -RejectSingleLabelRecipientDomains $false ir nukreipti domeną siuntimo jungtimi ar priimamu domenu.
exchange-5-3-2-address-book-policy = Adresų knygos politika neleidžia siuntėjui pasiekti gavėjo (5.3.2)
    .cause = Exchange organizacijos ABP Routing agentas patikrino adresų knygos politikas: gavėjo nėra siuntėjo adresų knygos politikos visuotiniame adresų sąraše, todėl saugyklos tvarkyklė atsisakė pristatyti laišką („Missing or bad StoreDriver MDB properties“).
    .fix-1 = Patikrinkite, kokias adresų knygos politikas turi siuntėjas ir gavėjas: Get-Mailbox <user> | Format-List AddressBookPolicy, ir kiekvienos politikos adresų sąrašus (Get-AddressBookPolicy).
    .fix-2 = Jei jie turi pasiekti vienas kitą, įtraukite juos į bendros politikos adresų sąrašus arba pakeiskite gavėjo atributą, pagal kurį filtruojamas adresų sąrašas.
exchange-4-3-1-back-pressure = Exchange atmeta laiškus, nes trūksta išteklių (back pressure, 4.3.1)
    .cause = Atsakęs Exchange serveris veikia back pressure būsenoje: laisvos vietos diske, kuriame yra eilės duomenų bazė (arba transporto žurnalai), liko mažiau už ribą arba trūksta laisvos atminties, todėl transportas atmeta naujus laiškus, kol atsigaus. Virtualiose mašinose su dinamine atmintimi tai tai atsiranda, tai dingsta. Siuntėjas bandys dar kartą.
    .fix-1 = Tame serveryje pažiūrėkite, kuris išteklius viršija ribą: Get-ExchangeDiagnosticInfo -Server <server> -Process EdgeTransport -Component ResourceThrottling, ir MSExchangeTransport įvykius 15004/15006/15007 žurnale Application.
    .fix-2 = Atlaisvinkite vietos eilės duomenų bazės tome arba perkelkite duomenų bazę į didesnį diską (QueueDatabasePath faile EdgeTransport.exe.config, tada paleiskite iš naujo Microsoft Exchange Transport tarnybą).
    .fix-3 = Exchange virtualiai mašinai skirkite statinę, o ne dinaminę atmintį, kaip reikalauja Microsoft.
exchange-5-3-0-poison-message = Exchange perkėlė laišką į kenksmingų laiškų eilę (poison message queue, 5.3.0)
    .cause = Laiškas ne kartą sutrikdė transporto tarnybą („Too many related errors“), todėl Exchange palaikė jį netaisyklingu ar kenkiančiu procesui ir perkėlė į kenksmingų laiškų eilę, užuot pristatęs.
    .fix-1 = Serveryje, kuris išsiuntė NDR, peržiūrėkite kenksmingų laiškų eilę: Get-Message -Queue <server>\Poison | Format-List, ir žurnale Application – su juo susijusį transporto gedimą.
    .fix-2 = Eksportuokite laišką (Export-Message) ir pažiūrėkite, kas su juo negerai; tęskite jo pristatymą (Resume-Message) tik jei tai saugu, kitaip pašalinkite. Jei laiškai vis patenka į šią eilę, įdiekite naujausią Exchange naujinimą.
exchange-5-3-5-loop-same-fqdn = Exchange aptiko laiškų ciklą: gavimo jungtis skelbia kito serverio vardą (5.3.5)
    .cause = Exchange atsako „System incorrectly configured“, kai laiškas grįžtų pas jį patį: FQDN, kurį skelbia viena jo gavimo jungtis, sutampa su kito pašto sraute esančio serverio, tarnybos ar įrenginio (tarpinio serverio, šliuzo, kito Exchange serverio) FQDN, todėl kitą pusę jis palaiko savimi. Kiti MTA tuos pačius žodžius vartoja savo konfigūracijos klaidoms.
    .fix-1 = Palyginkite gavimo jungčių FQDN (Get-ReceiveConnector | Format-List Identity,Fqdn,Bindings) su vardais, kuriuos skelbia kiti pašto kelio serveriai ir įrenginiai; jei nėra priežasties, palikite paties serverio FQDN.
    .fix-2 = Patikrinkite, ar siuntimo jungtys ir tarpiniai serveriai nenukreipia domeno atgal į tą patį serverį, tada paleiskite Retry-Queue.
exo-5-6-0-approval-invalid-expiry = Moderavimas negali prasidėti: nėra saugojimo žymės moderuojamiems gavėjams (APPROVAL.InvalidExpiry)
    .cause = Gavėjas yra moderuojamas (moderuojama platinimo grupė arba dinaminė platinimo grupė), o Approval Processing Agent reikia saugojimo politikos žymės su IsDefaultModeratedRecipientsPolicyTag, kad žinotų, kiek laiko laikyti patvirtinimo laukiantį laišką. Organizacija tokios žymės neturi, todėl atmetamas kiekvienas grupei siųstas laiškas.
    .fix-1 = Exchange Online PowerShell aplinkoje paleiskite Enable-OrganizationCustomization, tada New-RetentionPolicyTag -Name "Moderation" -IsDefaultModeratedRecipientsPolicyTag -AgeLimitForRetention 2 (Exchange Server reikia tik antrosios komandos).
    .fix-2 = Kai žymė sukurta, išsiųskite laišką dar kartą; iki tol išjungus grupės moderavimą (Set-DistributionGroup -ModerationEnabled $false) laiškai praeina nemoderuojami.
exo-send-as-denied = Prisijungusi paskyra negali siųsti From adreso vardu (Send As atmestas)
    .cause = Exchange (Online ar vietinis) atmetė laišką, nes autentifikuota pašto dėžutė ar paskyra neturi teisės siųsti From nurodyto adreso vardu: ji neturi Send As teisės tai dėžutei, grupei ar bendrai dėžutei, arba programa į From įrašo kitą adresą nei paskyra, kuria jungiasi. Su gavėjais viskas gerai.
    .fix-1 = Tegul From adresas sutampa su dėžute, kuria jungiasi įrenginys ar programa, arba junkitės ta dėžute, kurios vardu siunčiama.
    .fix-2 = Kitu atveju suteikite paskyrai Send As teisę tam adresui: Exchange Online – Add-RecipientPermission -Identity <From adresas> -Trustee <paskyra> -AccessRights SendAs (patikrinkite Get-RecipientPermission <From adresas>); vietiniame Exchange – Add-ADPermission -ExtendedRights "Send As".
    .fix-3 = Teisės gali įsigalioti ne iš karto; tada siųskite dar kartą.
exo-4-3-1-resources = Exchange Online trumpam pritrūko išteklių ir atidėjo laišką (452 4.3.1)
    .cause = Atsakęs serveris yra vienas iš Microsoft Exchange Online serverių (tai rodo jo adresas ar vardas), kuris, kaip ir bet kuris Exchange serveris, taiko atgalinį slėgį (back pressure): akimirkai jam pritrūko vietos diske ar atminties naujiems laiškams ir jis paprašė siuntėjo bandyti vėliau. Siunčiančioje pusėje niekas to nesukelia ir nieko atlaisvinti nereikia.
    .fix-1 = Leiskite siunčiančio serverio eilei bandyti iš naujo; kiti bandymai paprastai pavyksta per kelias minutes.
    .fix-2 = Jei tai tęsiasi valandas, administravimo centre patikrinkite Microsoft 365 paslaugų būseną, ar nėra Exchange Online pašto srauto incidento.
    .fix-3 = Jei joks incidentas to nepaaiškina, pateikite užklausą Microsoft su laiku, serverių vardais iš atsakymų ir savo siuntimo IP adresu.
exo-5-7-54-relay-not-attributed = Exchange Online atsisakė persiųsti laišką išoriniam gavėjui: nepavyko susieti siuntėjo su jūsų organizacija
    .cause = Laiškus į domenus, kurie nėra jūsų priimami domenai (accepted domains), Exchange Online priima tik iš siuntėjo, kurį gali priskirti jūsų organizacijai: iš autentifikuotos SMTP AUTH sesijos arba ryšio, atitinkančio įeinančią jungtį (inbound connector) iš jūsų pašto serverio (pagal viešąjį IP adresą ar TLS sertifikatą). Šis ryšys neatitiko nė vieno, todėl išorinis gavėjas atmestas. Dažni siuntėjai: spausdintuvas, skeneris ar programa, siunčianti direct send būdu į išorinį adresą; vietinis serveris, kurio viešasis IP adresas pasikeitė; jungtis, kurios sertifikato vardas nebeatitinka.
    .fix-1 = Serveriui ar įrenginiui, kuris persiunčia per Exchange Online, sukurkite arba pataisykite įeinančią jungtį iš jūsų organizacijos pašto serverio, atpažįstančią jį pagal viešąjį IP adresą ar sertifikato vardą (New-InboundConnector -ConnectorType OnPremises), ir patikrinkite, ar ji įjungta.
    .fix-2 = Arba leiskite programai autentifikuotis: SMTP AUTH pateikimas į smtp.office365.com 587 prievadu su STARTTLS, naudojant pašto dėžutę, kuriai leidžiama siųsti.
    .fix-3 = Direct send (į jūsų MX serverį be autentifikacijos) pasiekia tik gavėjus jūsų priimamuose domenuose; išoriniams gavėjams reikia vieno iš dviejų aukščiau nurodytų būdų. Taip pat patikrinkite, ar siuntėjo domenas yra jūsų priimamas domenas.
