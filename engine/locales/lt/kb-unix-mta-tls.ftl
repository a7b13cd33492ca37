mta-tls-exim-cleartext-fallback = Exim TLS seansas nepavyko, todėl laiškas pristatytas nešifruotas
    .cause = TLS sujungimas su gaunančiu mazgu nepavyko (priežastis nurodyta skliaustuose prieš "delivering unencrypted"). Kadangi tls_tempfail_tryclear pagal numatymą yra true, o mazgo nėra hosts_require_tls sąraše, Exim prisijungė iš naujo ir išsiuntė laišką atviru tekstu; pristatymas vis tiek gali nepavykti, jei nuotolinė pusė reikalauja TLS prieš autentifikavimą.
    .fix-1 = Pašalinkite nurodytą priežastį: esant "certificate verification failed" patikrinkite tls_verify_certificates (sistemos CA rinkinį) ir nuotolinę grandinę; Exim 4.93 ir naujesni sertifikatus tikrina griežčiau. Dėl OpenSSL klaidų žiūrėkite atitinkamą TLS taisyklę.
    .fix-2 = Jei laiškai tam mazgui privalo būti šifruojami, įtraukite jį į smtp transporto hosts_require_tls, kad Exim atidėtų pristatymą, o ne siųstų atviru tekstu.
    .fix-3 = Atnaujinkite CA rinkinį (paketas ca-certificates), jei nuotolinis sertifikatas galioja, bet čia juo nepasitikima.
mta-tls-version-too-low = Prisijungęs klientas pasiūlė tik žemesnę nei šio serverio minimali TLS versiją (klientas per senas)
    .cause = Gaunančios pusės OpenSSL (Postfix smtpd, Exim, Dovecot) atmetė kliento pasisveikinimą, nes aukščiausia kliento palaikoma versija žemesnė už serverio minimumą; dažniausiai tai klientas tik su TLS 1.0/1.1 prieš serverį, reikalaujantį TLS 1.2. Minimumą nustato MTA nustatymai arba sistemos openssl.cnf (kai kurie platinimai nustato MinProtocol = TLSv1.2).
    .fix-1 = Nustatykite klientą pagal gretimas eilutes (connect from, rip=) ir atnaujinkite jį iki TLS 1.2 – tai tinkamas sprendimas.
    .fix-2 = Išsiaiškinkite, kur nustatytas minimumas: Postfix smtpd_tls_protocols ir smtpd_tls_mandatory_protocols (postconf -n), Dovecot ssl_min_protocol, Exim openssl_options.
    .fix-3 = Jei minimumas kyla iš MinProtocol faile /etc/ssl/openssl.cnf ir seną klientą laikinai būtina priimti, main.cf nustatykite tls_config_file = none (Postfix 3.9, 3.8.1, 3.7.6, 3.6.10, 3.5.20 ar naujesnis, OpenSSL 1.1.1b ar naujesnis) ir versijas nurodykite main.cf.
mta-tls-unsupported-protocol-inbound = Įeinantis TLS atmestas: kliento TLS versija šiame serveryje neįjungta
    .cause = Gaunantis serveris (Postfix smtpd ar submission, Dovecot, Exim, Sendmail) nerado su klientu bendros protokolo versijos. Dažniausiai klientas moka tik TLS 1.0/1.1, o serverio minimumas yra TLS 1.2 (main.cf arba platinimo openssl.cnf MinProtocol); rečiau serverio sąrašas išskiria klientui reikalingą versiją.
    .fix-1 = Raskite klientą gretimose eilutėse (SSL_accept error from, lost connection after STARTTLS from) ir atnaujinkite jį iki TLS 1.2.
    .fix-2 = Peržiūrėkite smtpd_tls_protocols ir smtpd_tls_mandatory_protocols su postconf -n; rekomenduojama forma yra >=TLSv1.2, o naudojant seną išimčių sintaksę intervalas turi likti ištisinis. Exim minimumą nustato openssl_options (+no_tlsv1 +no_tlsv1_1) ir openssl.cnf.
    .fix-3 = Patikrinkite MinProtocol faile /etc/ssl/openssl.cnf: Postfix jį skaito pagal numatymą (tls_config_file = default); nustačius tls_config_file = none sprendžia tik main.cf.
mta-tls-unsupported-protocol-outbound = Išeinantis TLS nepavyko: nuotolinis serveris ir mūsų klientas neturi bendros TLS versijos
    .cause = Jungiantis OpenSSL nesusitarė su serveriu dėl versijos: serveris siūlo tik žemesnes nei mūsų minimumas versijas (pvz. senas serveris tik su TLS 1.0) arba mūsų klientas apribotas serverio išjungtomis versijomis.
    .fix-1 = Patikrinkite serverį: openssl s_client -starttls smtp -connect host:25 -tls1_2 (ir -tls1 ar -tls1_1), kad pamatytumėte, kurias versijas jis priima.
    .fix-2 = Postfix: patikrinkite smtp_tls_protocols (oportunistinis TLS) ir smtp_tls_mandatory_protocols (encrypt ir aukščiau); Exim: openssl_options; Sendmail: ClientSSLOptions.
    .fix-3 = Jei senas yra nuotolinis serveris, paprašykite savininko įjungti TLS 1.2; mūsų minimumą mažinkite tik kaip išimtį vienam adresatui (protocols= smtp_tls_policy_maps).
mta-tls-unsupported-protocol = TLS nepavyko: nėra su partneriu bendros protokolo versijos
    .cause = OpenSSL pranešė, kad pusės neturi bendros TLS versijos. Iš vienos šios eilutės nematyti, kuri pusė senesnė; tai rodo gretimos eilutės (smtpd ar SSL_accept – klientas prisijungė prie mūsų, smtp ar SSL_connect – jungėmės mes).
    .fix-1 = Raskite partnerį gretimose eilutėse ir patikrinkite jį komanda openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-2 = Peržiūrėkite smtpd_tls_protocols, smtp_tls_protocols ir jų _mandatory_ variantus bei MinProtocol faile openssl.cnf.
    .fix-3 = Atnaujinkite tą pusę, kuri apsiriboja TLS 1.0/1.1.
mta-tls-alert-protocol-version = Partneris atmetė mūsų TLS versiją (įspėjimas 70, protocol_version)
    .cause = Kita pusė į mūsų pasisveikinimą atsakė įspėjimu 70: ji nepriima pasiūlytos versijos. Jei tai mato klientas, senesnė paprastai yra mūsų pusė (įjungti tik TLS 1.0/1.1 arba senas OpenSSL ar MTA); pvz., Exchange Online priima tik TLS 1.2 ir naujesnes.
    .fix-1 = Patikrinkite, kokias versijas siūlo mūsų pusė (Postfix smtp_tls_protocols, Exim openssl_options, programos TLS nustatymai), ir leiskite TLS 1.2.
    .fix-2 = Atnaujinkite OpenSSL ir MTA ar klientą, jei jie nemoka TLS 1.2.
    .fix-3 = Patikrinkite dar kartą: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-4 = Jei tai buvo tyčinis senos versijos bandymas (openssl s_client -tls1 ar -tls1_1, swaks --tls-protocol) su Exchange Online ar kitu šiuolaikiniu serveriu, toks atmetimas yra laukiamas ir tvarkingas rezultatas; svarbu, kad tas pats bandymas su -tls1_2 pavyktų.
mta-tls-no-protocols-available = TLS nepradėtas: mūsų pusėje neliko nė vienos įjungtos protokolo versijos
    .cause = OpenSSL atsisakė pradėti sujungimą, nes konfigūracija išskiria visas jo palaikomas versijas, pvz. smtp_tls_protocols ar smtp_tls_mandatory_protocols išskiria visas šiam OpenSSL žinomas versijas arba openssl.cnf MinProtocol aukštesnis už MaxProtocol.
    .fix-1 = Paleiskite postconf -n | grep protocols ir įsitikinkite, kad leidžiamas bent TLS 1.2 (pvz. smtp_tls_protocols = >=TLSv1.2).
    .fix-2 = Patikrinkite MinProtocol ir MaxProtocol faile /etc/ssl/openssl.cnf; esant tls_config_file = none Postfix jų nepaiso.
    .fix-3 = Atnaujinkite OpenSSL, jei jis per senas TLS 1.2 palaikyti.
    .fix-4 = OpenSSL 3 numatytuoju saugumo lygiu (1, o Debian ir Ubuntu – 2) atmeta TLS 1.0 ir 1.1, todėl tikrinant šias versijas (openssl s_client -tls1 ar -tls1_1) ši klaida atsiranda dar prieš ką nors išsiunčiant: ji nieko nesako apie serverį. Norėdami jas patikrinti, pridėkite -cipher 'DEFAULT@SECLEVEL=0'.
mta-tls-wrong-version-number = Viename ryšyje sumaišyti paprastas SMTP ir TLS (neteisingas prievadas ar wrapper režimas)
    .cause = Viena pusė kalbėjo paprastu SMTP, o kita laukė TLS įrašo, todėl OpenSSL tekstą perskaitė kaip versijos numerį. Tipiniai atvejai: klientas naudoja STARTTLS 465 prievade, kuriame laukiama numanomo TLS, arba numanomą TLS 587 ar 25 prievade; smtps (465) serveryje "unknown protocol" ir "wrong version number" reiškia, kad klientas nepradėjo nuo TLS.
    .fix-1 = Postfix kaip klientas 465 prievade: relayhost = [smtp.example.com]:465 kartu su smtp_tls_wrappermode = yes ir smtp_tls_security_level = encrypt; arba naudokite 587 prievadą su STARTTLS.
    .fix-2 = Postfix kaip serveris: numanomas TLS tik smtps ar submissions tarnyboje master.cf (-o smtpd_tls_wrappermode=yes), STARTTLS – 25 ir 587 prievaduose; praneškite klientams, kuris prievadas kokiu režimu veikia.
    .fix-3 = Patikrinkite, ar tame prievade nėra ugniasienės ar tarpinio serverio, kuris nutraukia ar keičia TLS.
mta-tls-no-shared-cipher = Nėra su klientu bendro šifrų rinkinio
    .cause = Serveris (Postfix smtpd, Dovecot, Exim) nerado šifrų rinkinio, kurį galėtų naudoti su kliento sąrašu. Arba sąrašai nesikerta (serveris paliko tik modernius rinkinius, klientas žino tik senus), arba serveris neturi tinkamo sertifikato ir rakto pasiūlytiems rinkiniams: trūkstamas ar neperskaitomas sertifikatas taip pat sukelia šią klaidą.
    .fix-1 = Patikrinkite, kad serverio sertifikatas ir raktas sukonfigūruoti ir perskaitomi: Postfix smtpd_tls_cert_file ir smtpd_tls_key_file (arba smtpd_tls_chain_files), Dovecot ssl_cert ir ssl_key.
    .fix-2 = Peržiūrėkite šifrų nustatymus: Postfix smtpd_tls_mandatory_ciphers, smtpd_tls_exclude_ciphers ir tls_medium_cipherlist; Dovecot ssl_cipher_list; Exim tls_require_ciphers.
    .fix-3 = Nustatykite klientą (rip=, connect from) ir atnaujinkite jį, jei jis siūlo tik pasenusius rinkinius.
mta-tls-alert-handshake-failure = Partneris nutraukė sujungimą įspėjimu 40 (handshake_failure)
    .cause = Nuotolinė pusė mūsų pasisveikinime nerado nieko priimtino: nėra bendro šifrų rinkinio, parašo algoritmo ar kreivės, arba ji reikalavo kliento sertifikato, kurio nesiuntėme. Kai esame klientas, mūsų šifrų sąrašas serveriui dažniausiai per siauras ar per senas.
    .fix-1 = Patikrinkite serverį komanda openssl s_client -starttls smtp -connect host:25 -tls1_2 ir palyginkite jo rinkinius su mūsų.
    .fix-2 = Postfix klientas: sušvelninkite smtp_tls_mandatory_ciphers ar smtp_tls_exclude_ciphers tam adresatui (ciphers= smtp_tls_policy_maps); Exim: tls_require_ciphers.
    .fix-3 = Atnaujinkite OpenSSL, jei jam trūksta modernių rinkinių (ECDHE, AES-GCM), kurių reikalauja partneris.
mta-tls-alert-unknown-ca = Partneris nepasitiki CA, išdavusia mūsų siųstą sertifikatą (įspėjimas 48)
    .cause = Kita pusė negalėjo susieti mūsų sertifikato su patikima šaknimi: sertifikatas pasirašytas paties savininko ar privačios CA, arba nesiunčiami tarpiniai sertifikatai. smtpd žurnale tai reiškia, kad prisijungęs klientas atmetė mūsų serverio sertifikatą.
    .fix-1 = Patikrinkite, ką siunčiame: openssl s_client -starttls smtp -connect our.host:25 -showcerts.
    .fix-2 = Pateikite pilną grandinę: smtpd_tls_cert_file turi turėti sertifikatą ir po jo tarpinius (fullchain.pem), arba naudokite smtpd_tls_chain_files; tas pats Exim tls_certificate.
    .fix-3 = Į internetą atsuktoms tarnyboms naudokite viešosios CA sertifikatą.
mta-tls-alert-certificate-expired = Partneris praneša, kad mūsų siųstas sertifikatas pasibaigęs (įspėjimas 45)
    .cause = Kita pusė atmetė mūsų sertifikatą, nes jo galiojimas baigėsi (arba partnerio laikrodis neteisingas). Šiame MTA sukonfigūruotą serverio ar kliento sertifikatą reikia atnaujinti.
    .fix-1 = Patikrinkite datas: openssl x509 -in /path/to/cert.pem -noout -dates failui, nurodytam smtpd_tls_cert_file, smtp_tls_cert_file ar Exim tls_certificate.
    .fix-2 = Atnaujinkite sertifikatą (pvz. certbot renew) ir įsitikinkite, kad MTA rodo į atnaujintą failą.
    .fix-3 = Perkraukite tarnybą (postfix reload arba iš naujo paleiskite Exim ar Dovecot), kad ji naudotų naują sertifikatą.
mta-tls-alert-bad-certificate = Partneris atmetė mūsų pateiktą sertifikatą (įspėjimas 42 ar 46)
    .cause = Kita pusė atmetė mūsų sertifikatą kaip blogą (42) arba nepriimtiną dėl nenurodytos priežasties (46): neteisingas mazgo vardas, paties pasirašytas ar nepatikimas išdavėjas, nepilna grandinė arba netikėtas kliento sertifikatas.
    .fix-1 = Patikrinkite mūsų sertifikatą taip, kaip jį mato partneris: openssl s_client -starttls smtp -connect our.host:25 -showcerts (arba -connect our.host:993 IMAPS atveju).
    .fix-2 = Įsitikinkite, kad sertifikatas apima klientų naudojamus vardus (alternatyvieji subjekto vardai) ir grandinė pilna (fullchain failas).
    .fix-3 = Keliems domenams tarnaujančiam Dovecot sukonfigūruokite po sertifikatą kiekvienam vardui local_name blokuose, kad kiekvienas klientas gautų atitinkantį sertifikatą.
mta-tls-unable-to-get-local-issuer = Partnerio sertifikato grandinės neįmanoma užbaigti iš vietinės CA saugyklos
    .cause = Tikrinant nepavyko rasti partnerio sertifikato išdavėjo tarp šio mazgo patikimų CA sertifikatų: vietinio CA rinkinio nėra, jis pasenęs ar nesukonfigūruotas, arba partneris siunčia sertifikatą be tarpinio.
    .fix-1 = Nurodykite klientui sistemos CA rinkinį: Postfix smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (arba smtp_tls_CApath); Exim tls_verify_certificates = system.
    .fix-2 = Atnaujinkite CA rinkinį (paketas ca-certificates) šiame mazge.
    .fix-3 = Patikrinkite partnerio grandinę: openssl s_client -starttls smtp -connect host:25 -showcerts; jei trūksta tarpinio sertifikato, savo serverį turi pataisyti partneris.
mta-tls-certificate-verify-failed = Partnerio sertifikatas neišlaikė patikros sujungimo metu
    .cause = OpenSSL nutraukė sujungimą, nes partnerio sertifikato nepavyko patikrinti (nepatikimas išdavėjas, pasibaigęs galiojimas ar neteisingas vardas), o vietinė konfigūracija šiam adresatui reikalauja patikros.
    .fix-1 = Išsiaiškinkite priežastį: openssl s_client -starttls smtp -connect host:25 -verify_return_error -CAfile /etc/ssl/certs/ca-certificates.crt.
    .fix-2 = Įsitikinkite, kad sukonfigūruotas naujas CA rinkinys (smtp_tls_CAfile arba Exim tls_verify_certificates).
    .fix-3 = Jei kaltas partnerio sertifikatas, jį turi pataisyti partneris; žinomam vidiniam partneriui aiškiai pasitikėkite jo CA, o ne išjunkite patikrą.
mta-tls-unexpected-eof = Partneris uždarė ryšį TLS sujungimo viduryje
    .cause = OpenSSL 3 rašo "unexpected eof while reading", kai kita pusė nutraukia TCP ryšį be TLS įspėjimo: partneris tyliai atmetė mūsų versiją, šifrą ar sertifikatą, klientas ar skeneris pasidavė, arba ugniasienė nutraukė seansą.
    .fix-1 = Jei tai ateina iš daugybės nesusijusių mazgų, dažniausiai tai skeneriai ir įvykį galima ignoruoti.
    .fix-2 = Jei paveiktas tikras partneris, patikrinkite jį komanda openssl s_client -starttls smtp -connect host:25 ir paklauskite partnerio, kodėl jis nutraukė ryšį.
    .fix-3 = Patikrinkite ugniasienes ar IPS tarp mazgų, ar SMTP tikrinimas netrukdo STARTTLS.
mta-tls-certificate-file-missing = Nepavyksta atidaryti TLS sukonfigūruoto sertifikato, rakto ar CA failo
    .cause = OpenSSL negalėjo atidaryti TLS nustatymuose nurodyto failo (kelias yra pranešimo fopen dalyje). Tada procesas veikia be TLS: STARTTLS nei siūlomas, nei naudojamas, o TLS reikalaujantys pristatymai nepavyksta.
    .fix-1 = Palyginkite pranešimo kelią su TLS failų nustatymais (smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_CAfile, smtp_tls_cert_file, smtp_tls_CAfile), kuriuos rodo postconf -n.
    .fix-2 = Įsitikinkite, kad failas yra ir perskaitomas, o sertifikato atnaujinimas jį rašo tuo pačiu keliu.
    .fix-3 = Paleiskite postfix reload ir patikrinkite, kad įspėjimas "disabling TLS support" dingo.
    .fix-4 = Exim šie failai nurodomi pagrindinės konfigūracijos parametrais tls_certificate ir tls_privatekey; Exim naudotojas (Debian ir Ubuntu – Debian-exim) turi galėti skaityti abu, tai patikrinama komanda sudo -u Debian-exim cat <file> > /dev/null.
mta-tls-library-problem = OpenSSL pranešė apie TLS problemą (priežastis po klaidos kodo)
    .cause = Postfix kiekvieną OpenSSL klaidą rašo kaip "TLS library problem". Tekstas po klaidos kodo (pvz. "system lib", "no such file", "version too low") ir yra tikroji priežastis; šis bendras paaiškinimas taikomas, kai netiko konkretesnė taisyklė. "system lib" rodo failo ar teisių problemą TLS konfigūracijoje.
    .fix-1 = Perskaitykite priežastį ir Postfix eilutę prieš ją (SSL_accept error from, SSL_connect error to), kad suprastumėte partnerį ir kryptį.
    .fix-2 = Dėl su failais susijusių priežasčių patikrinkite sertifikato, rakto ir CA kelius main.cf (postconf -n | grep tls) ir jų teises.
    .fix-3 = Dėl su sujungimu susijusių priežasčių patikrinkite partnerį komanda openssl s_client -starttls smtp -connect host:25 ir laikinai padidinkite smtpd_tls_loglevel ar smtp_tls_loglevel iki 1 ar 2.
mta-tls-postfix-invalid-protocol-list = Postfix atmetė savo TLS protokolų sąrašą ir išjungė TLS
    .cause = smtpd_tls_protocols, smtp_tls_protocols ar mandatory_protocols reikšmėje yra šiai Postfix versijai nežinomų vardų (Postfix iki 2.10 neatpažįsta TLSv1.1 ir TLSv1.2), todėl Postfix visiškai išjungia TLS.
    .fix-1 = Naudokite jūsų Postfix palaikomus vardus; senose versijose rašykite išimčių formą (pvz. !SSLv2, !SSLv3), o ne išvardykite TLSv1.1 ir TLSv1.2.
    .fix-2 = Geriau atnaujinkite Postfix ir naudokite smtpd_tls_protocols = >=TLSv1.2 (intervalo sintaksė, Postfix 3.6 ir naujesni).
    .fix-3 = Paleiskite postfix reload ir patikrinkite, kad įspėjimas dingo ir STARTTLS vėl siūlomas.
mta-tls-postfix-tls-disabled = Postfix išjungė TLS, nes nepavyko įkelti sertifikato, rakto ar CA failo
    .cause = Paleidžiant smtp ar smtpd procesą Postfix nepavyko įkelti sukonfigūruotos TLS medžiagos, todėl tam procesui TLS išjungtas. Įeinantis STARTTLS nebesiūlomas, o išeinantys laiškai TLS reikalaujantiems serveriams nepavyksta (pvz. 530 5.7.0 Must issue a STARTTLS command first).
    .fix-1 = Patikrinkite įspėjime nurodytą failą ir po jo einančias "TLS library problem" eilutes (postconf -n | grep tls).
    .fix-2 = Pataisykite kelią ar teises arba pašalinkite nenaudojamą nustatymą, pvz. smtp_tls_cert_file, tada paleiskite postfix reload.
    .fix-3 = Komanda openssl s_client -starttls smtp -connect localhost:25 įsitikinkite, kad STARTTLS vėl veikia.
    .fix-4 = „No server certs available. TLS won't be enabled“ reiškia, kad smtpd nurodyta siūlyti TLS, bet serverio sertifikatas nesukonfigūruotas: nustatykite smtpd_tls_chain_files (arba smtpd_tls_cert_file ir smtpd_tls_key_file).
mta-tls-postfix-context-init-failed = Postfix negalėjo inicijuoti TLS ir atmetė wrapper režimo (smtps) ryšį
    .cause = Klientas prisijungė prie numanomo TLS tarnybos (smtps ar submissions), bet smtpd negalėjo inicijuoti TLS konteksto, todėl ryšys atmestas. Tikroji priežastis yra ankstesniuose įspėjimuose, pvz. neteisingas protokolų sąrašas ar neperskaitomas sertifikatas.
    .fix-1 = Perskaitykite prieš šią eilutę užregistruotus įspėjimus (Invalid TLS protocol list, cannot load certificate) ir pataisykite atitinkamą nustatymą.
    .fix-2 = Patikrinkite smtps ar submissions įrašą master.cf (-o smtpd_tls_wrappermode=yes) ir jo paveldimus sertifikato nustatymus.
    .fix-3 = Paleiskite postfix reload ir patikrinkite komanda openssl s_client -connect host:465.
mta-tls-postfix-required-not-offered = Šiam adresatui reikalingas TLS, bet serveris nesiūlo STARTTLS
    .cause = Mūsų politika šiam adresatui yra encrypt ar aukštesnė (smtp_tls_security_level arba smtp_tls_policy_maps), bet gaunančio serverio EHLO atsakyme nėra STARTTLS, todėl Postfix atideda laišką (4.7.4), o ne siunčia atviru tekstu.
    .fix-1 = Patikrinkite nuotolinį EHLO komanda posttls-finger host arba telnet host 25 ir EHLO, ieškokite STARTTLS.
    .fix-2 = Paprašykite nuotolinio administratoriaus įjungti STARTTLS; tokį patį simptomą sukelia ugniasienė, išmetanti STARTTLS (SMTP fixup).
    .fix-3 = Jei atviras tekstas šiam adresatui priimtinas, sumažinkite jo įrašą smtp_tls_policy_maps iki may ir paleiskite postmap lentelei.
mta-tls-postfix-required-refused = Reikalingas TLS, bet nuotolinis serveris atmetė komandą STARTTLS
    .cause = Serveris skelbė STARTTLS, bet į komandą STARTTLS atsakė klaida (jo atsakymas pridėtas gale, pvz. 454 4.7.0 TLS not available due to local problem). Kadangi mūsų politika šiam adresatui yra encrypt ar aukštesnė, Postfix atideda laišką.
    .fix-1 = Perskaitykite pridėtą atsakymą: "TLS not available due to local problem" reiškia, kad sugadinta paties nuotolinio serverio TLS sąranka (neįkeliamas jo sertifikatas ar raktas).
    .fix-2 = Perduokite atsakymo tekstą nuotoliniam administratoriui; mūsų pusėje keisti nieko nereikia.
    .fix-3 = Jei politika leidžia, laikinai nustatykite tam adresatui may smtp_tls_policy_maps, kad laiškai eitų nešifruoti, kol bus pataisyta.
mta-tls-postfix-engine-unavailable = Reikalingas TLS, bet paties Postfix TLS variklis nepasileido
    .cause = Adresatui reikia TLS (encrypt ar aukščiau), bet smtp klientas neturi veikiančio TLS konteksto, dažniausiai todėl, kad nepavyko įkelti sertifikato, rakto ar CA failo arba protokolų sąrašas neteisingas. Postfix atideda (4.7.5), o ne siunčia atviru tekstu.
    .fix-1 = Žurnale raskite įspėjimus, įrašytus paleidžiant smtp procesą (disabling TLS support, TLS library problem), ir pataisykite nurodytą failą ar nustatymą.
    .fix-2 = Patikrinkite smtp_tls_ nustatymus su postconf -n, tada paleiskite postfix reload.
    .fix-3 = Kai TLS veiks, išstumkite atidėtą eilę komanda postqueue -f.
mta-tls-postfix-required-unavailable = Reikalingas TLS, bet jis nepasiekiamas dėl nežinomos priežasties
    .cause = Tai atsarginis Postfix pranešimas, kai adresatui TLS privalomas, bet netinka nei "not offered", nei "engine unavailable"; Postfix taip pat rašo "don't know why". Tai reta ir rodo neįprastą konfigūraciją ar klaidą.
    .fix-1 = Padidinkite smtp_tls_loglevel iki 2 ir pakartokite pristatymą, kad būtų įrašytas visas TLS dialogas.
    .fix-2 = Patikrinkite adresato įrašą smtp_tls_policy_maps ir Postfix versiją; seną versiją atnaujinkite.
    .fix-3 = Jei priežastis lieka neaiški, nusiųskite žurnalą į Postfix naudotojų pašto konferenciją.
mta-tls-postfix-server-certificate-rejected = Nuotolinio serverio sertifikatas neatitiko mūsų verify ar secure TLS politikos
    .cause = TLS užmegztas, bet adresato politikos lygis yra verify, secure ar aukštesnis, o serverio sertifikatas nepatikimas (nėra grandinės iki CA iš smtp_tls_CAfile ar smtp_tls_CApath) arba neatitiko laukiamų vardų, todėl Postfix atideda su 4.7.5.
    .fix-1 = Apžiūrėkite sertifikatą komanda posttls-finger host arba openssl s_client -starttls smtp -connect host:25 -showcerts.
    .fix-2 = Esant "not trusted", nustatykite smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (arba partnerio CA); esant "not verified", patikrinkite politikos atitikimo vardus (match= smtp_tls_policy_maps, smtp_tls_secure_cert_match).
    .fix-3 = Jei partnerio sertifikatas neteisingas, jį turi pataisyti partneris; politikos sumažinimas iki encrypt išlaiko šifravimą be autentifikavimo.
mta-tls-postfix-cannot-start-tls = TLS sujungimas su nuotoliniu serveriu nepavyko (Cannot start TLS)
    .cause = Postfix išsiuntė STARTTLS, bet sujungimas nepavyko; priežastis yra ankstesnėse "SSL_connect error" ir "TLS library problem" eilutėse. Esant smtp_tls_security_level = may, Postfix vėlesniu bandymu tą patį serverį bando atviru tekstu (tik jei netaikomas SASL slaptažodis ir laiškas laukė bent minimal_backoff_time); esant encrypt ar aukščiau toliau atidėlioja.
    .fix-1 = Perskaitykite prieš tai įrašytą TLS library problem eilutę, kad sužinotumėte tikslią OpenSSL priežastį, ir vadovaukitės atitinkama taisykle.
    .fix-2 = Patikrinkite serverį: openssl s_client -starttls smtp -connect host:25 (pridėkite -tls1_2 versijai patikrinti).
    .fix-3 = Norėdami sustabdyti ciklą vienam sugedusiam adresatui, pakeiskite jo įrašą smtp_tls_policy_maps (protocols=, ciphers= arba none, jei atviras tekstas priimtinas) ir paleiskite postmap.
mta-tls-postfix-ssl-accept-error = Kliento TLS sujungimas su šiuo serveriu nepavyko (SSL_accept error)
    .cause = Klientas išsiuntė STARTTLS (arba prisijungė prie smtps), bet sujungimas nebaigtas. "-1" reiškia OpenSSL pranešta klaida, kurią paaiškina kita "TLS library problem" eilutė; "Connection timed out" ar "lost connection" reiškia, kad klientas užstrigo ar atsijungė, dažnai dėl ugniasienės, MTU problemos ar pasidavusio kliento.
    .fix-1 = Priežastį perskaitykite toliau einančioje TLS library problem eilutėje.
    .fix-2 = Esant laiko limitui, patikrinkite SMTP tikrinančias ugniasienes ar IPS ir kelio MTU tarp mazgų.
    .fix-3 = Pavieniai nežinomų mazgų nesėkmingi bandymai dažniausiai yra skeneriai; veikite, kai paveiktas žinomas partneris.
mta-tls-postfix-ssl-connect-error = Mūsų TLS sujungimas su nuotoliniu serveriu nepavyko (SSL_connect error)
    .cause = Postfix prisijungė ir išsiuntė STARTTLS, bet sujungimas nepavyko. "-1" reiškia OpenSSL pranešta klaida, kurią paaiškina kita "TLS library problem" eilutė; "Connection reset by peer" ar "lost connection" reiškia, kad ryšį uždarė nuotolinė pusė.
    .fix-1 = Tikslią priežastį perskaitykite toliau einančioje TLS library problem eilutėje.
    .fix-2 = Patikrinkite serverį: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-3 = Ryšio nutraukimas iškart po mūsų pasisveikinimo dažnai reiškia, kad nuotolinė pusė atmeta mūsų TLS versiją ar šifrus; palyginkite smtp_tls_protocols ir smtp_tls_mandatory_ciphers su tuo, ką ji palaiko.
mta-tls-postfix-lost-after-starttls = Klientas atsijungė iškart po STARTTLS, nebaigęs sujungimo
    .cause = Klientas išsiuntė STARTTLS, o tada ryšys baigėsi nebaigus sujungimo. Priežastį paprastai rodo ankstesnės eilutės: unsupported protocol ar version too low (klientas per senas), no shared cipher arba kliento atmestas sertifikatas.
    .fix-1 = Ieškokite prieš tai esančių to paties proceso ID SSL_accept error ir TLS library problem eilučių.
    .fix-2 = Jei klientas yra tikras siuntėjas (pvz. paslaugų teikėjo išeinantis serveris), palyginkite jo TLS versijas su smtpd_tls_protocols ir sistemos openssl.cnf MinProtocol.
    .fix-3 = Pasikartojantys nežinomų mazgų įvykiai dažniausiai yra skeneriai.
    .fix-4 = „timeout after STARTTLS“ – ta pati klaida, kai klientas ryšio užmezgimo metu nustoja atsakinėti, užuot nutraukęs ryšį: dažna priežastis – užkarda, atmetanti didesnius TLS paketus (MTU, SMTP tikrinimas).
mta-tls-legacy-version-negotiated = Su šiuo partneriu suderintas TLS 1.0 ar 1.1 seansas
    .cause = Ryšys pavyko, bet su pasenusia protokolo versija. Šiandien tai veikia, bet suges, kai tik viena iš pusių arba partneris, pvz. Exchange Online, priimantis tik TLS 1.2, pakels minimumą.
    .fix-1 = Eilutėje nustatykite partnerį ir paprašykite savininko įjungti TLS 1.2.
    .fix-2 = Patikrinkite, kad mūsų pusė siūlo TLS 1.2 (smtp_tls_protocols, smtpd_tls_protocols) ir OpenSSL pakankamai naujas.
    .fix-3 = Partneriams atsinaujinus, pakelkite minimumą: smtp_tls_protocols = >=TLSv1.2 ir smtpd_tls_protocols = >=TLSv1.2.
mta-tls-sendmail-legacy-version = Sendmail su šiuo partneriu suderino TLS 1.0 ar 1.1
    .cause = STARTTLS eilutė nurodo seanso protokolą (version=TLSv1 yra TLS 1.0). Laiškas išsiųstas, bet pasenusiu protokolu, kurio Exchange Online ir dauguma didelių paslaugų teikėjų nebepriima, todėl ryšys nutrūks, kai tik kuri nors pusė pakels minimalią versiją.
    .fix-1 = Raskite partnerį lauke relay= ir paprašykite jo administratoriaus įjungti TLS 1.2 (Windows ar Exchange partneriui: TLS 1.2 SCHANNEL ir .NET nustatymuose, tada paleisti iš naujo).
    .fix-2 = Patikrinkite, ar mūsų Sendmail susietas su OpenSSL, palaikančia TLS 1.2 (sendmail -d0.1 parodo surinkimą; reikia OpenSSL 1.0.1 ar naujesnės), ir ar ServerSSLOptions/ClientSSLOptions neišjungia TLS 1.2.
    .fix-3 = Kai partneriai atnaujinti, atsisakykite senų versijų: pridėkite vėliavėles SSL_OP_NO_TLSv1 ir SSL_OP_NO_TLSv1_1 prie ServerSSLOptions ir ClientSSLOptions arba nustatykite MinProtocol = TLSv1.2 OpenSSL konfigūracijoje, kurią įkelia Sendmail.
mta-tls-exim-legacy-version = Exim su šiuo partneriu suderino TLS 1.0 ar 1.1
    .cause = Žurnalo eilutės laukas X= (žurnalo parinktis tls_cipher) prasideda seanso protokolu: TLS1 ar TLS1.0 yra TLS 1.0, TLS1.1 yra TLS 1.1. Laiškas pristatytas ar gautas, bet pasenusiu protokolu, kuris nustos veikti, kai tik kuri nors pusė pakels minimalią versiją.
    .fix-1 = Raskite partnerį lauke H= ir paprašykite jo administratoriaus įjungti TLS 1.2 (Windows ar Exchange partneriui: TLS 1.2 SCHANNEL ir .NET nustatymuose, tada paleisti iš naujo).
    .fix-2 = Patikrinkite, ar mūsų Exim siūlo TLS 1.2: exim -bV parodo TLS biblioteką; openssl_options neturi turėti +no_tlsv1_2 (GnuTLS surinkimams: tls_require_ciphers turi leisti VERS-TLS1.2).
    .fix-3 = Kai partneriai atnaujinti, atsisakykite senų versijų: openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 (GnuTLS surinkimams: pridėkite -VERS-TLS1.0:-VERS-TLS1.1 prie tls_require_ciphers).
mta-tls-exim-required-not-offered = Exim šiam mazgui reikalauja TLS, bet serveris nesiūlo STARTTLS
    .cause = Mazgas yra smtp transporto hosts_require_tls sąraše, bet jo EHLO atsakyme nėra STARTTLS, todėl Exim atideda pristatymą, o ne siunčia atviru tekstu.
    .fix-1 = Patikrinkite nuotolinį EHLO (telnet host 25, tada EHLO), ar yra STARTTLS; tą patį rezultatą duoda jį išmetanti ugniasienė.
    .fix-2 = Paprašykite nuotolinio administratoriaus įjungti STARTTLS.
    .fix-3 = Jei atviras tekstas šiam mazgui priimtinas, pašalinkite jį iš hosts_require_tls.
mta-tls-exim-required-failed = Exim šiam mazgui reikalauja TLS, bet TLS sujungimas nepavyko
    .cause = Mazgas yra hosts_require_tls sąraše ir pasiūlė STARTTLS, bet sujungimas nepavyko, todėl Exim atideda pristatymą; tokiems mazgams jis niekada nepereina prie atviro teksto. Priežastis – ankstesnėje "TLS session" ar "TLS error" žurnalo eilutėje.
    .fix-1 = Raskite OpenSSL priežastį ankstesnėje žurnalo eilutėje ir vadovaukitės atitinkama TLS taisykle.
    .fix-2 = Palyginkite openssl_options (pvz. +no_tlsv1 +no_tlsv1_1) ir tls_require_ciphers su tuo, ką palaiko nuotolinė pusė.
    .fix-3 = Patikrinkite komanda openssl s_client -starttls smtp -connect host:25.
mta-tls-exim-accept-error = Kliento TLS sujungimas su Exim nepavyko (TLS error on connection from)
    .cause = Exim kaip serveris negalėjo užbaigti TLS su prisijungusiu mazgu; tekstas po (SSL_accept) yra priežastis, pvz. "timed out", kai klientas užstrigo, arba OpenSSL klaida.
    .fix-1 = Perskaitykite priežastį po (SSL_accept); dėl OpenSSL klaidų žiūrėkite atitinkamą TLS taisyklę.
    .fix-2 = Patikrinkite serverio nustatymus tls_certificate, tls_privatekey, tls_require_ciphers ir openssl_options pagrindinėje konfigūracijoje.
    .fix-3 = Nežinomų mazgų laiko limitai dažniausiai yra skeneriai; žinomam klientui patikrinkite SMTP tikrinančias ugniasienes.
mta-tls-exim-connect-error = Exim išeinantis TLS sujungimas nepavyko (SSL_connect)
    .cause = Exim išsiuntė STARTTLS nuotoliniam mazgui, bet sujungimas nepavyko; tekstas po (SSL_connect) yra priežastis (timed out arba OpenSSL klaida). Esant tls_tempfail_tryclear (pagal numatymą true) ir mazgui nesant hosts_require_tls, Exim tada bando atviru tekstu.
    .fix-1 = Perskaitykite priežastį po (SSL_connect) ir vadovaukitės atitinkama TLS taisykle.
    .fix-2 = Patikrinkite smtp transporto parinktis tls_require_ciphers, openssl_options ir tls_verify_certificates.
    .fix-3 = Patikrinkite komanda openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-sendmail-handshake-failed = Sendmail STARTTLS sujungimas su nuotoliniu serveriu nepavyko (403 4.7.0)
    .cause = ruleset=tls_server su arg1=SOFTWARE reiškia, kad nepavyko pats STARTTLS sujungimas (patikros rezultatas SOFTWARE). Sendmail nepereina prie atviro teksto, todėl laiškas atidedamas su 403 4.7.0 TLS handshake failed ir kartojamas, dažnai kol baigiasi galiojimas.
    .fix-1 = OpenSSL priežastį perskaitykite prieš tai įrašytoje STARTTLS=client klaidos eilutėje.
    .fix-2 = Kad nebenaudotumėte STARTTLS su sugedusiu partneriu, į /etc/mail/access įrašykite Try_TLS:<server name> NO (naudokite relay vardą iš žurnalo, o ne gavėjo domeną), perkurkite lentelę (make -C /etc/mail) ir iš naujo paleiskite sendmail.
    .fix-3 = Ilgainiui suderinkite CipherList ir ClientSSLOptions su partnerio galimybėmis; sistemos openssl.cnf taip pat galioja.
mta-tls-sendmail-client-connect-failed = Sendmail kaip klientas negalėjo užbaigti TLS (STARTTLS=client connect failed)
    .cause = Sendmail išeinantis STARTTLS sujungimas nepavyko. SSL_error=5 (SSL_ERROR_SYSCALL) su connect failed=0 paprastai reiškia, kad nuotolinė pusė uždarė ryšį sujungimo metu, dažnai todėl, kad atmetė mūsų TLS versiją ar šifrų sąrašą.
    .fix-1 = Patikrinkite partnerį: openssl s_client -starttls smtp -connect relay:25 -tls1_2.
    .fix-2 = Peržiūrėkite CipherList ir ClientSSLOptions faile sendmail.mc ar sendmail.cf bei sistemos openssl.cnf.
    .fix-3 = Vienam sugedusiam partneriui įrašykite Try_TLS:<relay> NO į access lentelę ir ją perkurkite.
mta-tls-sendmail-server-accept-failed = Kliento STARTTLS sujungimas su Sendmail nepavyko (STARTTLS=server accept failed)
    .cause = Sendmail kaip serveris negalėjo užbaigti TLS su klientu; priežastį rodo laukas reason= (naujose versijose) arba SSL_error ir errno reikšmės. SSL_error=5 su errno=0 reiškia, kad klientas uždarė ryšį sujungimo metu.
    .fix-1 = Laikinai padidinkite LogLevel virš 9, kad Sendmail tokioms nesėkmėms įrašytų OpenSSL klaidų eilę.
    .fix-2 = Patikrinkite ServerCertFile, ServerKeyFile ir CACertFile bei CipherList ir ServerSSLOptions nustatymus.
    .fix-3 = Klientui, kuris negali su jumis naudoti TLS, į access lentelę įrašykite Srv_Features:<client> S, kad jam nebūtų siūlomas STARTTLS.
mta-tls-sendmail-write-error = Sendmail TLS ryšys nutrūko rašant (STARTTLS: write error)
    .cause = TLS seansas buvo užmegztas, bet rašymas į jį nepavyko; errno=104 (connection reset by peer) su ssl_err=5 reiškia, kad ryšį nutraukė kita pusė arba tarpinis įrenginys.
    .fix-1 = Patikrinkite, ar partneris, ugniasienė ar IPS nenutraukia ilgų TLS seansų ar didelių laiškų.
    .fix-2 = Jei tai vyksta tik su vienu partneriu, patikrinkite jo TLS ir susisiekite su jo administratoriumi.
mta-tls-mdaemon-unsupported-function = Windows pašto serverio TLS nepavyko su 0x80090302: nėra bendros TLS versijos
    .cause = 0x80090302 yra Schannel SEC_E_UNSUPPORTED_FUNCTION, kurį Schannel grąžina TLS įspėjimui 70 (protocol_version): pusės neturi bendros įjungtos TLS versijos. Senesniame Windows serveryje tai paprastai reiškia, kad TLS 1.2 neįjungtas kliento ar serverio pusei.
    .fix-1 = Įjunkite TLS 1.2 SCHANNEL: DisabledByDefault = 0 ir Enabled = 1 raktuose TLS 1.2\Client ir TLS 1.2\Server (žemiau esantis .reg failas), tada paleiskite iš naujo.
    .fix-2 = Atnaujinkite pašto serverio programinę įrangą, kad ji naudotų operacinės sistemos TLS 1.2 palaikymą.
    .fix-3 = Patikrinkite partnerio versijas komanda openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-postfix-peer-certificate-dates = Kitos pusės sertifikatas nebegalioja arba dar negalioja
    .cause = Postfix patikrino kitos pusės pateiktą sertifikatą (nes šios paskirties politika yra verify, secure arba dane, arba paprašyta kliento sertifikato), ir jo galiojimo laikas neapima dabartinio laiko: sertifikato ar grandinės CA sertifikato galiojimas baigėsi arba dar neprasidėjo. „Dar negalioja“ dažniausiai reiškia, kad vienos iš pusių laikrodis rodo neteisingai. Laiškas atidėtas.
    .fix-1 = Pažiūrėkite, kokias datas siunčia kita pusė: openssl s_client -starttls smtp -connect <host>:25 -showcerts, tada openssl x509 -noout -dates kiekvienam sertifikatui.
    .fix-2 = Jei sertifikato galiojimas baigėsi, jo savininkas turi jį atnaujinti (ir įdiegti naują tarpinį sertifikatą); praneškite kitos pusės administratoriui.
    .fix-3 = Jei „not yet valid“, patikrinkite šio serverio laikrodį ir laiko sinchronizavimą (timedatectl, chronyc tracking).
mta-tls-postfix-peer-certificate-untrusted = Nepavyko patikrinti kitos pusės sertifikato (nepatikimas išdavėjas, pasirašytas paties savininko ar kita tikrinimo klaida)
    .cause = Postfix patikrino kitos pusės pateiktą sertifikatą, nes šios paskirties politika yra verify, secure arba dane (smtp_tls_security_level, smtp_tls_policy_maps) arba paprašyta kliento sertifikato, ir negalėjo juo pasitikėti: jis pasirašytas paties savininko, jo išdavėjo nėra tarp šio Postfix naudojamų CA sertifikatų, jis neatitinka TLSA įrašų ar vietinės politikos, arba OpenSSL pranešė kitą klaidą (num= nurodo jos kodą, pvz., hostname mismatch). Pristatymas atidėtas su „Server certificate not verified“.
    .fix-1 = Pažiūrėkite, kokią grandinę siunčia kita pusė: openssl s_client -starttls smtp -connect <host>:25 -showcerts -verify_return_error.
    .fix-2 = Jei išdavėjas yra viešoji ar įmonės CA, kuria reikia pasitikėti, įtraukite ją į smtp_tls_CAfile arba smtp_tls_CApath (arba įdiekite sistemos CA rinkinį) ir paleiskite postfix reload.
    .fix-3 = Jei kita pusė siunčia paties pasirašytą ar nepilną grandinę, paprašykite jos administratoriaus įdiegti tinkamą sertifikatą su tarpiniais; iki tol, jei taisyklės leidžia, sumažinkite tos paskirties politiką smtp_tls_policy_maps (encrypt vietoj verify).
mta-tls-key-certificate-mismatch = TLS privatusis raktas nepriklauso sertifikatui
    .cause = OpenSSL palygino nurodytą privatųjį raktą su nurodyto sertifikato viešuoju raktu, ir jie skiriasi („key values mismatch“). Dažniausiai atnaujinant buvo pakeistas sertifikatas, bet ne raktas (arba atvirkščiai), arba du nustatymai rodo į skirtingų sertifikatų failus. MTA negali naudoti tokios poros, todėl nesiūlo STARTTLS arba ryšio užmezgimas nepavyksta.
    .fix-1 = Palyginkite abu viešuosius raktus: openssl x509 -noout -pubkey -in <certificate> | sha256sum ir openssl pkey -pubout -in <key> | sha256sum turi išvesti tą pačią reikšmę.
    .fix-2 = Nukreipkite nustatymus į atitinkančią porą (Postfix smtpd_tls_cert_file ir smtpd_tls_key_file arba smtpd_tls_chain_files; Exim tls_certificate ir tls_privatekey; Sendmail confSERVER_CERT ir confSERVER_KEY), tada iš naujo įkelkite MTA konfigūraciją.
mta-tls-dh-key-too-small = Kita pusė pasiūlė per mažus šiam OpenSSL Diffie-Hellman parametrus (dh key too small)
    .cause = Kita pusė pasirinko DHE raktų mainus su pirminiu skaičiumi, mažesniu nei priima šis OpenSSL (OpenSSL 3 su 2 saugumo lygiu, numatytuoju Debian 12 ir dabartiniuose platinimuose, atmeta trumpesnius nei 2048 bitų DH; 1 lygis – trumpesnius nei 1024). Kita pusė yra senas ar blogai sukonfigūruotas serveris, dažniausiai vis dar su 1024 bitų (ar 512 bitų eksportiniais) DH parametrais, todėl ryšio užmezgimas nepavyksta.
    .fix-1 = Paprašykite kitos pusės administratoriaus naudoti bent 2048 bitų DH parametrus arba teikti pirmenybę ECDHE raktų mainams (Postfix: smtpd_tls_dh1024_param_file su 2048 bitų failu arba dabartinių Postfix versijų įtaisyta 2048 bitų numatytoji reikšmė).
    .fix-2 = Iki tol laiškai tai pusei pereina tik tada, jei TLS jai neprivalomas (smtp_tls_security_level may, kuris po klaidos pereina prie atviro teksto), arba per išimtį tai paskirčiai smtp_tls_policy_maps be DHE šifrų; nemažinkite saugumo lygio visoms paskirtims.
mta-tls-unsafe-legacy-renegotiation = Kita pusė nepalaiko saugaus pakartotinio derinimo, kurio reikalauja OpenSSL 3 (unsafe legacy renegotiation disabled)
    .cause = OpenSSL 3 nebesijungia prie serverių, neturinčių RFC 5746 TLS pakartotinio derinimo nuorodos plėtinio (SSL_OP_LEGACY_SERVER_CONNECT pašalintas iš numatytųjų nustatymų). Kitos pusės TLS programinė įranga sena arba neatnaujinta (iki 2010 m. arba įrenginys, taip ir negavęs pataisos), todėl ryšio užmezgimas nutraukiamas.
    .fix-1 = Ilgalaikis sprendimas – kitoje pusėje: jos administratorius turi atnaujinti TLS programinę įrangą ar programinę aparatinę įrangą, kad ji palaikytų RFC 5746.
    .fix-2 = Tik tai paskirčiai OpenSSL konfigūracija su Options = UnsafeLegacyServerConnect SSL skyriuje grąžina ankstesnį elgesį; įvertinkite riziką ir neįrašykite to į visos sistemos openssl.cnf.
mta-tls-remote-tls-unavailable = Nuotolinis serveris atmetė STARTTLS: neveikia jo paties TLS
    .cause = Serveris skelbė STARTTLS, bet į STARTTLS komandą atsakė klaida, užuot pradėjęs ryšio užmezgimą. „454 4.7.0 TLS not available due to local problem“ Postfix atsako tada, kai negali įkelti savo sertifikato ar rakto, taigi problema yra serveryje, kuris atsiuntė šį atsakymą. Priklausomai nuo siunčiančios pusės politikos, laiškas tada siunčiamas atviru tekstu arba atidedamas.
    .fix-1 = Jei atsakymas atėjo iš nuotolinio serverio, nusiųskite šią eilutę jo administratoriui; jūsų pusėje nieko keisti nereikia.
    .fix-2 = Jei atsakymą davė jūsų paties Postfix (jis yra jūsų smtpd žurnale), ieškokite įspėjimų „disabling TLS support“ arba „TLS library problem“ ir sutvarkykite sertifikato ir rakto failus.
mta-tls-sendmail-access-requirement = Sendmail atmetė ryšį: jis neatitinka prieigos lentelės TLS reikalavimo
    .cause = Sendmail prieigos lentelės (access) įrašas iš šios kitos pusės TLS reikalauja daugiau, nei davė ryšys: TLS_Srv:<host> – kai Sendmail siunčia į tą serverį, TLS_Clt:<host> – kai jungiasi klientas, TLS_Rcpt: – gavėjui, su ENCR:<bits> (bent tiek bitų šifravimas) arba VERIFY (patikrintas sertifikatas). „encryption too weak 0 less than 112“ reiškia, kad TLS nebuvo visai (arg1=NONE: kita pusė nepasiūlė ar nenaudojo STARTTLS); „authentication failed“, „not authenticated“ ar „authentication required“ reiškia, kad sertifikatas nepatikrintas (arg1=FAIL, NO). Laiškas atidedamas (403 4.7.0) arba atmetamas (503 5.7.0, kai nustatytas TLS_PERM_ERR).
    .fix-1 = Raskite įrašą: grep -i 'TLS_Srv\|TLS_Clt\|TLS_Rcpt' /etc/mail/access, ir pažiūrėkite, ką siūlo kita pusė: openssl s_client -starttls smtp -connect <host>:25.
    .fix-2 = Jei kita pusė nebesiūlo STARTTLS ar jos sertifikatas nebepatikrinamas, praneškite jos administratoriui; jei jūsų reikalavimas griežtesnis nei reikia, pakeiskite įrašą ir perkurkite lentelę (makemap hash /etc/mail/access < /etc/mail/access arba make -C /etc/mail).
mta-tls-exim-closed-after-starttls = Nuotolinis serveris nutraukė ryšį po Exim STARTTLS, dar prieš TLS derybas
    .cause = Exim išsiuntė STARTTLS, o kitas serveris, užuot atsakęs 220, nutraukė ryšį: jo TLS paslauga sugedusi ar išjungta, nors STARTTLS vis dar skelbiamas, arba jis atjungia klientus, kurių TLS pasiūlymas jam netinka. Exim atideda laišką ir bando vėliau. (Jei serveris atsako 220, bet derybos nepavyksta, Exim iš karto bando nešifruotai, nebent serveris yra hosts_require_tls; žr. tls_tempfail_tryclear.)
    .fix-1 = Patikrinkite serverį iš šio kompiuterio: openssl s_client -starttls smtp -connect <serveris>:25 -servername <serveris>; jei ryšys nutraukiamas ir čia, problema kitoje pusėje.
    .fix-2 = Praneškite nuotolinio serverio administratoriui laiką ir savo siuntimo IP adresą.
    .fix-3 = Tik jei šiai paskirčiai nešifruotas siuntimas priimtinas ir greitai to sutvarkyti nepavyks, įrašykite serverį į smtp transporto hosts_avoid_tls; niekada – paskirčiai, kuri reikalauja TLS.
openssl-verify-certificate-dates = Serverio sertifikatas nebegalioja arba dar negalioja (OpenSSL tikrinimo klaida 10 arba 9)
    .cause = OpenSSL patikrino serverio atsiųstą sertifikatų grandinę ir rado sertifikatą už galiojimo laikotarpio ribų: num=10 (sertifikato galiojimas baigėsi) arba num=9 (sertifikatas dar negalioja). Sertifikatus tikrinantys siuntėjai tokį serverį atmeta: Exchange Online su TLS reikalaujančia jungtimi, Postfix su verify ar dane politika, dauguma pašto programų. Esant num=9, priežastis gali būti ir tikrinančio kompiuterio laikrodis.
    .fix-1 = Tikrintame serveryje atnaujinkite sertifikatą ir priskirkite naująjį SMTP (Exchange: Enable-ExchangeCertificate -Services SMTP; Postfix: smtpd_tls_chain_files, tada postfix reload), įskaitant grandinės tarpinį sertifikatą, jei jo galiojimas baigėsi.
    .fix-2 = Esant num=9, patikrinkite tikrinančio kompiuterio datą ir laiką; tada patikrinkite dar kartą: openssl s_client -connect host:25 -starttls smtp -showcerts.
openssl-verify-hostname-mismatch = Serverio sertifikate nėra vardo, kuriuo prie jo jungtasi (OpenSSL tikrinimo klaida 62)
    .cause = Su -verify_hostname (arba vardus tikrinančioje programoje) OpenSSL nustatė, kad nė vienas sertifikato alternatyvusis subjekto vardas (SAN) neatitinka serverio vardo, prie kurio jungtasi. Vardus tikrinantys siuntėjai tokį serverį atmeta: Exchange Online su sertifikatą nurodančia jungtimi, Postfix su secure ar dane politika, pašto programos.
    .fix-1 = Išduokite sertifikatą, kurio alternatyvusis subjekto vardas yra serverio MX ar pateikimo serverio vardas, arba nukreipkite jungtį, MX įrašą ar programą į vardą, kurį sertifikatas turi.
    .fix-2 = Tikrinkite tiksliai tuo vardu, kurį naudoja siuntėjas: openssl s_client -connect host:25 -starttls smtp -verify_hostname host.
scan-tls12-not-offered = Nuskenuotas pašto serveris nepalaiko TLS 1.2
    .cause = Skenavimas (testssl.sh „TLS 1.2 not offered“, sslscan „TLSv1.2 disabled“) parodė, kad serveris nepriima TLS 1.2. Exchange Online ir dauguma didelių paslaugų teikėjų nebenaudoja TLS 1.0 ar 1.1, todėl jų ryšiai su šiuo serveriu nepavyksta (421 4.4.2 SocketError, TLS negotiation failed), kaip ir šio serverio ryšiai su jais. Windows sistemoje priežastis dažniausiai yra SCHANNEL išjungtas TLS 1.2 arba sena sistema be atnaujinimo; kitur – sena OpenSSL versija arba protokolų sąrašas be TLS 1.2.
    .fix-1 = Windows ar Exchange: įjunkite TLS 1.2 SCHANNEL (Server ir Client) ir .NET (žr. .reg failą žemiau), įdiekite naujausius atnaujinimus, paleiskite serverį iš naujo ir nuskenuokite dar kartą.
    .fix-2 = Postfix ar kitame OpenSSL pagrindu veikiančiame serveryje: leiskite TLS 1.2 smtpd_tls_protocols ir smtpd_tls_mandatory_protocols (rekomenduojama forma >=TLSv1.2) ir atnaujinkite senesnę nei 1.0.1 OpenSSL, tada nuskenuokite dar kartą.
scan-legacy-tls-offered = Pašto serverio patikra rado siūlomą ar naudojamą TLS 1.0 arba 1.1
    .cause = Skenavimas ar patikra (testssl.sh „offered (deprecated)“, sslscan „enabled“, nmap ssl-enum-ciphers, swaks sesija) parodė, kad serveris priima TLS 1.0 arba 1.1 arba jie buvo suderinti. Vien tai pašto nesustabdo, kol siūlomas ir TLS 1.2, tačiau šios versijos yra pasenusios (RFC 8996), o partneris, kuris jas vis dar derina, nesusikalbės su Exchange Online.
    .fix-1 = Pirmiausia nustatykite, kurie partneriai su šiuo serveriu vis dar derina TLS 1.0 ar 1.1 (jo protokolo žurnalų ar pašto žurnalo TLS suvestinė), ir paprašykite juos atsinaujinti.
    .fix-2 = Tada išjunkite senas versijas (Windows – SCHANNEL TLS 1.0 ir 1.1 Server raktai su Enabled = 0; Postfix – smtpd_tls_protocols = >=TLSv1.2) ir nuskenuokite dar kartą. Jei sesija su kitu serveriu suderino TLS 1.0, tam serveriui reikia įjungti TLS 1.2.
