exo-4-3-2-recipient-thread-limit = Cutia poștală a destinatarului este limitată: sosesc prea multe mesaje deodată
    .cause = Store driver-ul Exchange limitează câte mesaje livrează simultan într-o singură cutie poștală, pentru ca o cutie aglomerată să nu încetinească ceilalți utilizatori de pe aceeași bază de date. Când o cutie primește un val de mesaje, livrările următoare sunt amânate cu 432 4.3.2 și reîncercate automat.
    .fix-1 = De obicei nu e nimic de făcut: comportamentul este intenționat, serverul expeditor reîncearcă, iar mesajul este livrat după ce valul trece.
    .fix-2 = Dacă se repetă des pentru aceeași cutie, găsiți sursa valului cu message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) — de regulă o aplicație, un sistem de notificări sau o buclă de e-mail — și încetiniți-o sau reparați-o.

exo-4-4-7-ambiguous-recipient = Exchange Online a găsit mai multe obiecte de director pentru destinatar
    .cause = Căutarea destinatarului a returnat AmbiguousRecipientTransientException: aceeași adresă SMTP sau proxy există pe mai multe obiecte (de exemplu o cutie poștală și un utilizator de e-mail (MailUser) sau un contact), adesea după o migrare sau un conflict de sincronizare a directorului. Exchange Online tratează situația ca temporară, reîncearcă și în final mesajul expiră cu 4.4.7.
    .fix-1 = Găsiți toate obiectele care dețin adresa: Get-Recipient -ResultSize Unlimited | Where-Object EmailAddresses -match '<address>' | Format-List Name,RecipientTypeDetails,EmailAddresses.
    .fix-2 = Eliminați adresa duplicată (sau obiectul vechi) astfel încât un singur destinatar să o dețină; în medii hibride corectați în Active Directory local și lăsați Entra Connect să sincronizeze.
    .fix-3 = Retrimiteți mesajul după ce modificarea s-a replicat.

exo-4-4-312-dns-query-failed = Exchange Online nu a putut rezolva destinația (DNS query failed)
    .cause = Exchange Online a căutat înregistrarea MX sau smart host-ul conectorului, iar interogarea DNS a eșuat (de exemplu InfoNoRecords: nicio înregistrare utilizabilă). Cauze frecvente: o problemă la furnizorul DNS al domeniului, un domeniu expirat sau o modificare MX recentă încă aflată în cache. Mesajul rămâne în coadă și este reîncercat timp de 24 de ore.
    .fix-1 = Rezolvați singur numele din afara rețelei: Resolve-DnsName <domain> -Type MX (sau numele smart host de pe conectorul de ieșire, Get-OutboundConnector | Format-List Name,SmartHosts).
    .fix-2 = Corectați înregistrarea la furnizorul DNS sau reînnoiți domeniul dacă a expirat.
    .fix-3 = Dacă destinația aparține unui partener sau furnizor cloud, trimiteți-le NDR-ul ca să-și repare DNS-ul.

exo-5-4-312-expired-dns-query-failed = Mesajul a expirat deoarece numele DNS al destinației nu a putut fi rezolvat
    .cause = Aceasta este forma finală a 4.4.312: Exchange Online a reîncercat 24 de ore căutarea DNS a înregistrării MX sau a smart host-ului fără succes și a returnat mesajul. Cauza este o problemă DNS a domeniului destinație, nu mesajul în sine.
    .fix-1 = Verificați din exterior înregistrările destinației: Resolve-DnsName <domain> -Type MX, plus numele smart host de pe conectorul de ieșire.
    .fix-2 = Corectați înregistrările DNS (sau reînnoiți domeniul expirat) și retrimiteți mesajul.

exo-4-4-315-connection-timed-out = Exchange Online nu a putut contacta serverul destinație (connection timed out)
    .cause = Exchange Online a găsit destinația, dar nu a primit la timp răspuns pe TCP 25. De obicei serverul local (on-premises) sau al partenerului este oprit, un firewall aruncă tacit traficul sau smart host-ul conectorului indică o adresă IP greșită sau veche.
    .fix-1 = Verificați smart host-ul de pe conectorul de ieșire (Get-OutboundConnector | Format-List Name,SmartHosts,Enabled) și că acesta corespunde IP-ului public actual al serverului de e-mail.
    .fix-2 = Asigurați-vă că serverul rulează și acceptă conexiuni TCP 25 din intervalele IP Exchange Online (testați din exterior cu Test-NetConnection <host> -Port 25).
    .fix-3 = Folosiți Validate pe conector în Exchange admin center (Mail flow > Connectors) pentru a confirma că livrarea funcționează din nou.

exo-4-4-316-connection-refused = Serverul destinație a refuzat conexiunea de la Exchange Online (Socket error 10061)
    .cause = Exchange Online a ajuns la IP-ul destinației, dar TCP 25 a fost refuzat activ — de obicei un firewall care nu permite adresele IP Microsoft 365, un serviciu SMTP oprit sau un server local (on-premises) dezafectat în timp ce conectorul de ieșire încă indică spre el. Mesajele sunt reîncercate 24 de ore, apoi returnate cu 5.4.316.
    .fix-1 = Dacă mai aveți cutii poștale on-premises, permiteți în firewall TCP 25 de intrare din intervalele IP Exchange Online (Microsoft 365 URLs and IP address ranges) și verificați că serviciul SMTP/transport rulează.
    .fix-2 = Dacă serverul local (on-premises) nu mai există, dezactivați sau ștergeți conectorul de ieșire către el (Set-OutboundConnector <name> -Enabled $false) și schimbați accepted domain din Internal Relay în Authoritative (Set-AcceptedDomain <domain> -DomainType Authoritative).
    .fix-3 = Dacă destinația este un partener, trimiteți-i NDR-ul cu adresa IP indicată.

exo-5-4-316-expired-connection-refused = Mesajul a expirat deoarece destinația a refuzat mereu conexiunile
    .cause = Aceasta este forma finală a 4.4.316: timp de 24 de ore fiecare conexiune de la Exchange Online la destinație pe TCP 25 a fost refuzată, așa că mesajul a fost returnat. Problema este firewall-ul sau serviciul SMTP al destinației, ori conectorul indică un server care nu mai există.
    .fix-1 = Permiteți TCP 25 din intervalele IP Exchange Online în firewall-ul destinației și asigurați-vă că serviciul SMTP rulează.
    .fix-2 = Dacă serverul local (on-premises) a fost retras, dezactivați conectorul de ieșire și setați accepted domain pe Authoritative, apoi retrimiteți.

exo-4-4-317-untrusted-root = Lanțul de certificate TLS al serverului la distanță nu poate fi validat (UntrustedRoot)
    .cause = În timpul handshake-ului TLS, serverul de e-mail la distanță a trimis doar propriul certificat (leaf), fără certificatele CA intermediare, așa că Exchange Online nu a putut construi lanțul până la o rădăcină de încredere. Exchange Online nu descarcă singur intermediarele lipsă, deci refuză sesiunea; același lucru se întâmplă când serverul la distanță trimite către Exchange Online.
    .fix-1 = Pe serverul de e-mail la distanță, configurați TLS să trimită lanțul complet (certificatul serverului urmat de certificatele CA intermediare). Pe Windows/Exchange, instalați intermediarele în depozitul Intermediate Certification Authorities al computerului; pe Postfix, puneți lanțul în fișierul indicat de smtpd_tls_chain_files sau smtpd_tls_cert_file.
    .fix-2 = Verificați din exterior: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts trebuie să listeze certificatele intermediare, nu doar certificatul serverului.
    .fix-3 = Dacă serverul la distanță aparține altei organizații, trimiteți NDR-ul administratorului său; doar el poate repara lanțul.

exo-4-4-317-illegal-message = Handshake-ul TLS cu serverul local (on-premises) eșuează (Security status IllegalMessage)
    .cause = Exchange Online s-a conectat la serverul dvs., dar handshake-ul TLS a eșuat, iar partea dvs. a raportat SEC_E_ILLEGAL_MESSAGE. De regulă înseamnă că cele două părți nu au o versiune de protocol sau o suită de cifruri comună — de exemplu serverul local are TLS 1.2 dezactivat sau doar cifruri slabe activate — ori certificatul ales pentru conector nu este utilizabil.
    .fix-1 = Pe serverele Exchange locale (on-premises), activați TLS 1.2 pentru SCHANNEL (DisabledByDefault = 0, Enabled = 1 sub TLS 1.2\Client și TLS 1.2\Server) și cheile .NET SystemDefaultTlsVersions = 1 și SchUseStrongCrypto = 1; reporniți serverul.
    .fix-2 = Verificați în jurnalul System evenimentele Schannel 36874 / 36888 din momentul eșecului; ele confirmă o nepotrivire de protocol sau cifru.
    .fix-3 = Verificați certificatul folosit pentru SMTP: Get-ExchangeCertificate | Format-List Thumbprint,Services,NotAfter,Subject — trebuie să fie valid, să aibă cheie privată și să fie activat pentru SMTP.

exo-4-4-317-starttls-required = Exchange Online nu a putut porni TLS cu serverul dvs. (451 5.7.3 STARTTLS is required to send mail)
    .cause = Conectorul Exchange Online către serverul dvs. local (on-premises) sau al partenerului cere TLS, iar sesiunea nu a putut fi criptată. Cel mai des serverul dvs. nu oferă deloc STARTTLS: după ce un certificat a fost reînnoit sau eliminat, TlsCertificateName al conectorului de primire indică încă certificatul vechi (evenimentul 12014 pe acel server), așa că EHLO nu mai listează STARTTLS. Mai rar eșuează chiar negocierea TLS, de exemplu pentru că serverul dvs. nu are încredere în lanțul de certificate prezentat de Exchange Online.
    .fix-1 = Pe serverul care primește, verificați că EHLO listează 250-STARTTLS (telnet <server> 25) și căutați evenimentul 12014 în jurnalul Application. Pe un server Postfix, STARTTLS cere smtpd_tls_security_level = may și un certificat în smtpd_tls_chain_files (sau smtpd_tls_cert_file și smtpd_tls_key_file).
    .fix-2 = Activați certificatul curent pentru SMTP (Enable-ExchangeCertificate <thumbprint> -Services SMTP), apoi goliți sau corectați certificatul conectorului: Get-ReceiveConnector "<server>\Default Frontend <server>" | Set-ReceiveConnector -TlsCertificateName $null și rulați din nou Hybrid Configuration Wizard (sau setați -TlsCertificateName "<I>issuer<S>subject" al noului certificat).
    .fix-3 = Dacă STARTTLS este oferit, verificați că certificatul DigiCert Global Root G2 se află în depozitul Trusted Root Certification Authorities al serverului și că certificatul este valid; apoi lăsați mesajele din coadă să fie livrate din nou.

exo-4-4-317-winsock-connect-failed = Exchange Online nu a putut deschide o conexiune către destinație (eroare Winsock)
    .cause = Conexiunea TCP către destinație a eșuat la nivel de rețea înainte de orice schimb SMTP sau TLS (codul de eroare Winsock arată cum; 995 înseamnă că încercarea de conectare a fost abandonată). Gazda destinație, firewall-ul ei sau calea până la ea nu funcționează. Exchange Online reîncearcă, apoi mesajul expiră cu 5.4.317.
    .fix-1 = Verificați că gazda sau IP-ul din LastAttemptedServerName / LastAttemptedIP este destinația corectă și este accesibil din internet pe TCP 25.
    .fix-2 = Căutați reguli de firewall, IPS sau load balancer care aruncă sau resetează conexiunile din intervalele IP Microsoft 365.
    .fix-3 = Dacă destinația este un partener, trimiteți-i NDR-ul cu adresa IP și ora încercării.

exo-4-4-317-cannot-connect = Exchange Online s-a conectat, dar destinația nu a acceptat sesiunea
    .cause = Exchange Online a ajuns la serverul destinație, dar acesta a răspuns imediat cu o eroare (de exemplu service not available) sau nu a îndeplinit cerințele conectorului — cel mai des conectorul de ieșire cere TLS, iar destinația nu îl oferă sau nu îl finalizează. Partea [Message=…] a erorii indică motivul real.
    .fix-1 = Citiți textul [Message=…] din NDR sau din message trace; acesta este răspunsul serverului destinație.
    .fix-2 = Comparați setările TLS ale conectorului cu ce suportă destinația: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts.
    .fix-3 = Pe serverul local (on-premises), verificați că STARTTLS este oferit cu un certificat valid activat pentru SMTP (Get-ExchangeCertificate) și că conectorul de primire nu refuză Exchange Online.

exo-5-4-317-expired-cannot-connect = Mesajul a expirat deoarece nu s-a putut stabili niciodată o sesiune cu destinația
    .cause = Aceasta este forma finală a 4.4.317: timp de 24 de ore Exchange Online nu a putut finaliza o sesiune cu serverul destinație (conexiune abandonată, eroare SMTP imediată sau cerință TLS neîndeplinită), așa că a returnat mesajul. Textul din paranteze repetă ultima eroare.
    .fix-1 = Folosiți textul din paranteze (de exemplu eroarea Winsock sau mesajul TLS) pentru a decide dacă este o problemă de rețea sau de TLS la destinație.
    .fix-2 = Remediați destinația (firewall, serviciu SMTP, certificat TLS sau setările TLS ale conectorului) și retrimiteți mesajul.

exo-4-4-318-connection-closed-abruptly = Conexiunea cu destinația s-a întrerupt în mijlocul sesiunii SMTP
    .cause = Exchange Online a început comunicarea cu destinația, dar conexiunea s-a închis neașteptat. Cauze tipice: un firewall cu inspecție SMTP care strică sesiunea, un server local (on-premises) care se blochează sau rămâne fără resurse, ori probleme de rețea între cele două.
    .fix-1 = Dezactivați inspecția pachetelor SMTP / SMTP fixup pe firewall-ul din fața serverului de e-mail (de exemplu Cisco ESMTP inspection).
    .fix-2 = Verificați starea serverului local (on-premises): serviciul transport, back pressure (evenimentele 15004/15006), spațiul pe disc și memoria.
    .fix-3 = Dacă problema este pe calea de rețea, cereți echipei de rețea să urmărească conexiunile din intervalele IP Exchange Online.

exo-5-4-318-expired-connection-closed-abruptly = Mesajul a expirat deoarece conexiunea cu destinația s-a întrerupt mereu
    .cause = Aceasta este forma finală a 4.4.318: până la expirarea timpului de reîncercare, fiecare sesiune deschisă de Exchange Online cu serverul destinație s-a închis înainte ca mesajul să poată fi predat, așa că mesajul a fost returnat. Problema este în partea destinației sau pe calea de rețea către ea — de obicei un firewall cu inspecție SMTP, un server de e-mail care se blochează sau este supraîncărcat, ori o rețea instabilă.
    .fix-1 = Dezactivați inspecția pachetelor SMTP / SMTP fixup pe firewall-ul din fața serverului de e-mail destinație (de exemplu Cisco ESMTP inspection).
    .fix-2 = Verificați starea serverului destinație (serviciul transport, back pressure – evenimentele 15004/15006, spațiul pe disc și memoria), apoi retrimiteți mesajul.

exo-4-7-320-certificate-validation-failed = Exchange Online a respins certificatul serverului destinație
    .cause = Conectorul către serverul dvs. sau al partenerului validează certificatul TLS al destinației, iar verificarea a eșuat: certificatul a expirat, subject/SAN nu corespunde numelui așteptat de conector sau nu mai este valid din alt motiv.
    .fix-1 = Verificați certificatul pe serverul destinație: Get-ExchangeCertificate | Format-List Subject,CertificateDomains,NotAfter,Services (reînnoiți-l dacă a expirat și activați-l pentru SMTP). Pe un server Postfix, citiți certificatul pe care îl prezintă: openssl x509 -noout -subject -dates -ext subjectAltName -in <fișierul din smtpd_tls_chain_files sau smtpd_tls_cert_file>.
    .fix-2 = Asigurați-vă că numele așteptat de conector corespunde certificatului: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain; corectați cu Set-OutboundConnector <name> -TlsDomain <name-on-certificate>.
    .fix-3 = Dacă destinația este un partener, trimiteți-i NDR-ul ca să înlocuiască certificatul.

exo-dane-starttls-not-supported = DANE: serverul de e-mail destinație nu a oferit TLS
    .cause = Domeniul destinatarului publică înregistrări DANE (TLSA) semnate DNSSEC, deci Exchange Online trebuie să livreze folosind TLS. Serverul destinație fie nu a oferit STARTTLS, fie handshake-ul TLS a eșuat, așa că mesajul nu a fost trimis în clar. 4.7.321 este forma de reîncercare, 5.7.321 eșecul final.
    .fix-1 = Pe serverul destinație, asigurați-vă că STARTTLS este anunțat și handshake-ul funcționează: openssl s_client -connect <mx-host>:25 -starttls smtp.
    .fix-2 = Dacă domeniul destinatarului aparține altcuiva, trimiteți-le NDR-ul; dacă este al dvs., reparați TLS pe gazda MX sau eliminați înregistrările TLSA până când TLS funcționează.

exo-dane-certificate-expired = DANE: certificatul serverului de e-mail destinație a expirat
    .cause = Domeniul destinatarului folosește DANE, iar certificatul prezentat de gazda MX a depășit data de expirare, deci Exchange Online refuză livrarea. 4.7.322 este forma de reîncercare, 5.7.322 eșecul final.
    .fix-1 = Reînnoiți certificatul pe gazda MX destinație.
    .fix-2 = Înainte de a trece la noul certificat, publicați o înregistrare TLSA care i se potrivește (și păstrați-o pe cea veche până la finalizarea schimbării), astfel încât validarea DANE să nu eșueze niciodată.

exo-dane-tlsa-invalid = DANE: certificatul destinației nu corespunde înregistrării TLSA
    .cause = Înregistrarea TLSA semnată DNSSEC a domeniului destinatarului nu corespunde certificatului prezentat de gazda MX — certificatul a fost înlocuit fără actualizarea TLSA, înregistrarea TLSA este greșită, certificatul nu este încă valid sau conexiunea este manipulată. 4.7.323 este forma de reîncercare, 5.7.323 eșecul final.
    .fix-1 = Comparați înregistrarea TLSA (dig +dnssec TLSA _25._tcp.<mx-host>) cu certificatul prezentat de server (openssl s_client -connect <mx-host>:25 -starttls smtp).
    .fix-2 = Publicați o înregistrare TLSA care corespunde certificatului sau cheii actuale, așteptați expirarea vechiului TTL și retrimiteți.

exo-dane-dnssec-invalid = DANE: înregistrările DNSSEC ale domeniului destinație nu se validează
    .cause = Domeniul destinatarului anunță că este semnat DNSSEC, dar Exchange Online nu a putut valida semnăturile (de exemplu înregistrarea DS de la registrar nu corespunde cheilor zonei sau semnăturile au expirat). Fără DNSSEC valid, DANE nu poate fi verificat și livrarea se oprește. 4.7.324 este forma de reîncercare, 5.7.324 eșecul final.
    .fix-1 = Verificați lanțul de încredere cu un analizor DNSSEC sau cu dig +dnssec <domain> MX și comparați înregistrarea DS de la registrar cu DNSKEY-ul zonei.
    .fix-2 = Reparați sau resemnați zona (sau eliminați înregistrarea DS la registrar pentru a dezactiva corect DNSSEC), apoi retrimiteți.

exo-dane-certificate-host-mismatch = DANE: numele din certificatul destinației nu corespunde gazdei MX
    .cause = Cu DANE, Exchange Online cere ca certificatul destinației să conțină un common name sau subject alternative name care corespunde domeniului destinatarului sau numelui gazdei MX. Certificatul prezentat conține alt nume. 4.7.325 este forma de reîncercare, 5.7.325 eșecul final.
    .fix-1 = Verificați numele din certificat: openssl s_client -connect <mx-host>:25 -starttls smtp, apoi uitați-vă la subject și subject alternative names.
    .fix-2 = Instalați un certificat al cărui CN sau SAN include numele gazdei MX (sau îndreptați MX spre un nume acoperit de certificat), apoi retrimiteți.

exo-mta-sts-mx-not-in-policy = MTA-STS: politica domeniului destinatarului nu include gazda MX găsită de Exchange Online
    .cause = Domeniul destinatarului publică o politică MTA-STS, iar Exchange Online verifică după ea fiecare mesaj trimis acolo. Gazda MX găsită în DNS nu corespunde niciunei linii mx: din politică, deci în mode: enforce livrarea este refuzată. De obicei domeniul și-a mutat e-mailul (înregistrări MX noi, alt furnizor sau gateway) fără să actualizeze politica, ori politica are o greșeală de scriere sau un model care nu acoperă gazda (*.example.net înseamnă exact o etichetă în plus în stânga). 4.4.8 este forma de reîncercare, 5.4.8 eșecul final.
    .fix-1 = Comparați cele două părți: Resolve-DnsName <domain> -Type MX listează gazdele MX, iar https://mta-sts.<domain>/.well-known/mta-sts.txt conține politica; fiecare gazdă MX trebuie să corespundă unei linii mx: din ea.
    .fix-2 = Dacă domeniul este al dvs., adăugați gazda MX lipsă (sau corectați modelul) în mta-sts.txt, apoi schimbați valoarea id= din înregistrarea TXT _mta-sts.<domain>, ca expeditorii să descarce politica nouă în loc să folosească copia păstrată în cache până la max_age secunde. Când mutați înregistrările MX, includeți în politică atât gazdele vechi, cât și pe cele noi înainte de comutare.
    .fix-3 = Dacă nu puteți repara imediat, setați temporar mode: testing și schimbați id-ul din înregistrarea TXT: expeditorii vor livra în ciuda nepotrivirii și doar vor raporta eșecul.
    .fix-4 = Dacă domeniul aparține altcuiva, doar administratorul lui îl poate repara: trimiteți-i NDR-ul și ce ați constatat, apoi retrimiteți mesajul după corectarea politicii.

exo-mta-sts-certificate-invalid = MTA-STS: certificatul serverului de e-mail destinație nu a trecut validarea
    .cause = Politica MTA-STS a domeniului destinatarului cere ca gazdele MX să prezinte un certificat de încredere, dar cel prezentat după STARTTLS nu a trecut verificările Exchange Online: nu se înlănțuie până la o autoritate de certificare rădăcină de încredere (autosemnat, emis de o CA privată sau trimis fără certificatele intermediare), common name și subject alternative names nu conțin numele gazdei MX permise de politică, ori a expirat. În mode: enforce mesajul nu este trimis. Textul de după Reason: arată ce verificare a eșuat. 4.7.5 este forma de reîncercare, 5.7.5 eșecul final.
    .fix-1 = Examinați certificatul prezentat de gazda MX: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts, apoi verificați emitentul, data de expirare (notAfter) și dacă subject alternative names includ <mx-host>.
    .fix-2 = Pe serverul destinație, instalați un certificat de la o autoritate de certificare publică al cărui SAN acoperă numele gazdei MX, reînnoiți-l dacă a expirat și configurați serverul să trimită lanțul complet (certificatul serverului urmat de certificatele intermediare).
    .fix-3 = Dacă domeniul aparține altcuiva, trimiteți NDR-ul administratorului său; doar el poate înlocui certificatul. Dacă domeniul este al dvs. și reparația durează, treceți politica pe mode: testing și schimbați id-ul din înregistrarea TXT _mta-sts, ca expeditorii să livreze din nou între timp.

exo-4-5-3-too-many-recipients = Serverul destinatar limitează numărul de destinatari per transfer
    .cause = Destinatarul a refuzat comenzile RCPT TO rămase deoarece o singură tranzacție SMTP conținea mai mulți destinatari decât acceptă. Exchange Online acceptă cel mult 200 de destinatari de plic (envelope) din același domeniu într-o tranzacție; alte servere au propriile limite.
    .fix-1 = Configurați serverul expeditor să împartă listele mari de destinatari în tranzacții mai mici; un MTA conform standardelor reîncearcă automat destinatarii amânați într-o tranzacție nouă.
    .fix-2 = Pentru expeditori Postfix, reduceți smtp_destination_recipient_limit (de exemplu la 100) pentru destinația afectată.
    .fix-3 = Pentru trimiteri în masă, trimiteți către mai puțini destinatari per mesaj, în loc de un mesaj cu o listă foarte lungă.

exo-4-7-26-ipv6-spf-dkim = E-mailul trimis către Exchange Online prin IPv6 trebuie să treacă SPF sau DKIM
    .cause = Exchange Online acceptă e-mail anonim prin IPv6 doar dacă trece SPF sau DKIM. Mesajul a venit de la o adresă IPv6 care nu se află în înregistrarea SPF a domeniului expeditor și nu avea o semnătură DKIM validă.
    .fix-1 = Semnați cu DKIM e-mailurile trimise ale domeniului expeditor.
    .fix-2 = Adăugați adresa IPv6 a serverului expeditor (ip6:…) în înregistrarea SPF a domeniului sau faceți serverul să trimită către Exchange Online prin IPv4.

exo-4-7-850-899-ip-restricted = IP-ul expeditor este restricționat temporar cât timp Microsoft îl evaluează
    .cause = Exchange Online Protection a observat activitate suspectă de la adresa IP care se conectează și refuză temporar e-mailul de la ea până la finalizarea evaluării. Traficul legitim este de obicei eliberat automat.
    .fix-1 = Lăsați serverul expeditor să reîncerce; nu creșteți rata de trimitere.
    .fix-2 = Verificați IP-ul expeditor pentru conturi compromise, open relay sau volum neobișnuit și opriți tot ce nu ar trebui să trimită.

exo-4-7-500-699-ip-throttled = Exchange Online limitează IP-ul expeditor (graylisting): reîncercați mai târziu
    .cause = Adresa IP care se conectează și-a schimbat tiparul de trimitere (de exemplu un volum mult mai mare decât înainte sau este nouă), așa că Exchange Online Protection îi amână temporar e-mailurile. Această limitare IP face parte din filtrarea antispam; codul AS/S din paranteze identifică regula.
    .fix-1 = Lăsați expeditorul să reîncerce; expeditorii noi sau schimbați sunt eliberați pe măsură ce își construiesc un istoric în câteva zile.
    .fix-2 = Dacă e-mailul vine de la propriul server local (on-premises) sau de la un serviciu care face relay pentru tenantul dvs. Microsoft 365, creați un conector de intrare pentru el (New-InboundConnector cu SenderIPAddresses sau TlsSenderCertificateName) ca să fie recunoscut și să nu fie limitat.
    .fix-3 = Trimiteți e-mailul obișnuit de pe un domeniu personalizat verificat, nu de pe domeniul inițial onmicrosoft.com, care este strict limitat.

exo-5-0-350-x-dg-ref-too-long = Destinatarul a respins mesajul: antetul x-dg-ref este prea lung (atașamente Rich Text)
    .cause = Mesajul a fost scris în format Outlook Rich Text și conține un mesaj atașat care are la rândul lui un atașament. În RTF/TNEF datele atașamentului ajung într-un câmp de antet a cărui linie devine prea lungă, iar serverul destinatar îl respinge.
    .fix-1 = Retrimiteți mesajul în format HTML (Outlook: File > Options > Mail > Compose messages in HTML).
    .fix-2 = Opriți trimiterea TNEF către acea destinație: Set-RemoteDomain <domain> -TNEFEnabled $false (sau Default pentru toate domeniile externe).

exo-5-0-350-as345-nested-attachments = Mesajul a fost respins deoarece un atașament conține prea multe fișiere încorporate (AS345)
    .cause = Un atașament (de exemplu un document Word) conține 20 sau mai multe fișiere încorporate, ceea ce Exchange Online tratează ca o încălcare de politică și respinge.
    .fix-1 = Eliminați o parte din fișierele încorporate din atașament sau trimiteți-le ca atașamente separate ori ca link, apoi retrimiteți.

exo-5-0-350-remote-error = Serverul destinatarului a respins mesajul (codul generic 5.0.350)
    .cause = 5.0.350 este un cod generic pe care Exchange Online îl folosește când sistemul de e-mail al destinatarului a returnat o eroare fără un cod mai specific. Motivul real este textul propriu al serverului la distanță de după săgeată (->).
    .fix-1 = Citiți textul de după săgeată din NDR; este răspunsul serverului destinatarului (de exemplu account closed).
    .fix-2 = Acționați conform acelui răspuns sau contactați administratorul de e-mail al destinatarului; suportul Microsoft nu poate modifica partea destinatarului.

exo-5-1-0-sender-denied = Serverul destinatar a refuzat expeditorul
    .cause = Sistemul destinatarului a refuzat adresa expeditorului. În Exchange acesta este agentul Sender Filter care respinge un expeditor sau domeniu blocat; în Exchange Online se poate întâmpla și când se răspunde la un mesaj salvat offline, al cărui expeditor/destinatar stocat (legacyExchangeDN) nu mai poate fi rezolvat.
    .fix-1 = Verificați adresele și tastați din nou destinatarul în loc să răspundeți la un mesaj vechi salvat.
    .fix-2 = Pe serverul Exchange destinatar, verificați Get-SenderFilterConfig | Format-List BlockedSenders,BlockedDomains,BlockedDomainsAndSubdomains și eliminați expeditorul dacă a fost blocat din greșeală.
    .fix-3 = Dacă respingerea vine de la altă organizație, cereți administratorului ei de e-mail să permită adresa dvs. de expeditor.

exo-5-1-1-ex-recip-not-found = Adresa Exchange internă (X.500) a destinatarului nu mai există
    .cause = Mesajul a fost adresat unei adrese interne Exchange vechi (legacyExchangeDN, afișată ca IMCEAEX-…) preluată din cache-ul AutoComplete al Outlook, din agenda offline sau dintr-un mesaj migrat (.pst). După migrarea sau recrearea cutiei poștale, niciun destinatar nu mai are acea adresă.
    .fix-1 = Ștergeți intrarea destinatarului din AutoComplete în Outlook (apăsați X în lista de sugestii) și tastați din nou adresa SMTP completă.
    .fix-2 = Dacă după o migrare sunt afectați mulți utilizatori, adăugați vechiul legacyExchangeDN ca adresă proxy X500 pe noul destinatar (Set-Mailbox <user> -EmailAddresses cu o intrare X500: adăugată).
    .fix-3 = Asigurați-vă că agenda offline se descarcă corect în Outlook.

exo-5-1-1-recip-not-found = Adresa destinatarului nu există (RESOLVER.ADR.RecipNotFound)
    .cause = Exchange a căutat destinatarul în director și nu a găsit nicio cutie poștală, contact sau grup cu acea adresă: adresa este scrisă greșit, cutia poștală a fost ștearsă sau redenumită, ori Outlook a sugerat o adresă învechită din AutoComplete.
    .fix-1 = Verificați ortografia adresei; eliminați intrarea AutoComplete învechită din Outlook și tastați din nou adresa.
    .fix-2 = Ca administrator al domeniului destinatarului, verificați că adresa există: Get-Recipient <address>.
    .fix-3 = Dacă destinatarul este local (on-premises) într-un mediu hibrid, asigurați-vă că este sincronizat în Exchange Online ca utilizator de e-mail (MailUser).

exo-5-1-8-bad-outbound-sender = Contul expeditorului este blocat la trimitere deoarece a trimis spam
    .cause = Exchange Online a adăugat utilizatorul expeditor în lista restricted entities după ce a trimis e-mailuri care arătau ca spam, de obicei pentru că acel cont a fost compromis. Până când un administrator îl deblochează, utilizatorul nu poate trimite e-mail extern (sau deloc).
    .fix-1 = Securizați mai întâi contul: resetați parola, revocați sesiunile, impuneți MFA și eliminați regulile inbox sau redirecționările malițioase (Get-InboxRule -Mailbox <user>).
    .fix-2 = Deblocați utilizatorul pe pagina Restricted entities din portalul Microsoft Defender sau cu Remove-BlockedSenderAddress -SenderAddress <user> (Get-BlockedSenderAddress listează utilizatorii blocați).
    .fix-3 = Examinați politica outbound spam și alertele pentru a afla ce a trimis contul.

exo-5-1-10-recipient-not-found = Organizația Exchange a destinatarului nu are pe nimeni cu acea adresă (RESOLVER.ADR.RecipientNotFound)
    .cause = Căutarea adresei SMTP în organizația Exchange a destinatarului (Exchange Online sau Exchange Server) nu a găsit pe nimeni cu acea adresă: este scrisă greșit, utilizatorul a fost șters sau, în Exchange Online, nu are licență, ori o regulă de redirecționare trimite o copie la o adresă inexistentă. Dacă nu ați trimis niciodată mesajul original, NDR-ul este backscatter de la un spammer care v-a falsificat adresa.
    .fix-1 = Verificați adresa, eliminați intrarea AutoComplete și tastați-o din nou; comparați-o cu adresa din NDR pentru a observa redirecționări.
    .fix-2 = Ca administrator al organizației destinatarului, verificați că utilizatorul există (Get-Recipient <address>) și, în Exchange Online, că are licență; căutați redirecționări defecte (reguli inbox, redirecționarea cutiei poștale, reguli mail flow).
    .fix-3 = Dacă este backscatter, ignorați-l și asigurați-vă că domeniul dvs. are SPF, DKIM și DMARC, ca alții să poată respinge e-mailurile falsificate.

exo-5-1-90-daily-recipient-limit = Expeditorul a atins limita zilnică de destinatari
    .cause = Cutia poștală a trimis în 24 de ore către mai mulți destinatari decât permit limitele de trimitere Exchange Online, așa că trimiterea este blocată până când fereastra glisantă de 24 de ore se eliberează. O creștere bruscă înseamnă adesea că acel cont este compromis și trimite spam.
    .fix-1 = Verificați dacă acel cont este compromis (autentificări necunoscute, reguli inbox, elemente trimise) și securizați-l dacă este cazul.
    .fix-2 = Verificați volumul cu message trace (Get-MessageTraceV2 -SenderAddress <user>) și limitele politicii outbound spam (Get-HostedOutboundSpamFilterPolicy | Format-List RecipientLimit*).
    .fix-3 = Pentru e-mail în masă legitim, folosiți un serviciu dedicat în locul unei cutii poștale de utilizator.

exo-5-2-2-submission-quota = Expeditorul și-a depășit limitele de trimitere (submission quota exceeded)
    .cause = Cutia poștală a depășit limita de rată a destinatarilor sau a mesajelor din Exchange Online, așa că trimiterile următoare sunt refuzate o vreme. Adesea indică un cont compromis.
    .fix-1 = Verificați dacă acel cont este compromis și securizați-l (resetare parolă, MFA, eliminarea regulilor inbox necunoscute).
    .fix-2 = Așteptați să treacă intervalul limitei; distribuiți în timp trimiterile legitime sau folosiți un serviciu de e-mail în masă.

exo-submission-quota-exceeded = Cutia poștală și-a depășit cota zilnică de destinatari (10.000 de destinatari pe zi)
    .cause = Exchange Online a refuzat trimiterea cu SubmissionQuotaExceededException deoarece cutia poștală a trimis către mai mulți destinatari decât limita zilnică (10.000 de destinatari în 24 de ore). Utilizatorii legitimi o ating rar; un cont compromis care trimite spam o atinge des.
    .fix-1 = Verificați dacă acel cont este compromis: autentificări recente, reguli inbox, redirecționări și elemente trimise; resetați parola și impuneți MFA dacă ceva pare suspect.
    .fix-2 = Măsurați volumul cu message trace (Get-MessageTraceV2 -SenderAddress <user>) pentru a vedea când a început contorul de 24 de ore; trimiterea se reia pe măsură ce fereastra avansează.
    .fix-3 = Mutați e-mailul legitim în masă sau de aplicații de pe cutiile poștale ale utilizatorilor pe un serviciu conceput pentru asta.

exo-5-2-121-sender-hourly-receive-limit = Prea multe mesaje de la un expeditor către acest destinatar într-o oră
    .cause = Exchange Online limitează câte mesaje acceptă un destinatar pe oră de la un anumit expeditor, pentru a proteja cutiile poștale de avalanșe de e-mail generate de sisteme automate. Acest expeditor a depășit limita.
    .fix-1 = Pe partea expeditorului, încetiniți: trimiteți mai puține mesaje pe oră către acest destinatar (de exemplu grupați notificările într-un rezumat).
    .fix-2 = Verificați aplicația sau regula expeditoare pentru bucle care trimit aceeași notificare în mod repetat.

exo-5-2-122-recipient-hourly-receive-limit = Destinatarul a primit prea multe mesaje într-o oră
    .cause = Exchange Online limitează câte mesaje acceptă un destinatar pe oră de la toți expeditorii la un loc. Destinatarul este inundat (de exemplu de sisteme automate sau de o buclă de e-mail), așa că mesajele următoare sunt refuzate deocamdată.
    .fix-1 = Expeditorii ar trebui să reîncerce mai târziu și să reducă volumul orar către acest destinatar.
    .fix-2 = Ca administrator al destinatarului, găsiți sursa avalanșei cu message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) și opriți-o.

exo-5-3-190-journaling-archive-disabled = Jurnalizarea e-mailului on-premises în Microsoft 365 nu este permisă pentru acest tenant
    .cause = O regulă de jurnalizare on-premises trimite rapoarte de jurnal către o cutie poștală Microsoft 365, dar Journaling Archive este dezactivat în organizația Exchange Online, așa că Exchange Online le respinge.
    .fix-1 = Fie activați Journaling Archive în Exchange Online (Set-TransportConfig -JournalArchivingEnabled $true), fie modificați regula de jurnalizare on-premises ca să livreze rapoartele în altă parte (Get-JournalRule, Set-JournalRule -JournalEmailAddress).

exo-5-4-1-recipient-access-denied = Exchange Online a respins destinatarul: adresa nu există (Directory Based Edge Blocking)
    .cause = Domeniul destinatarului este authoritative în Exchange Online, iar Directory Based Edge Blocking respinge orice adresă care nu este un destinatar cunoscut în director. Fie adresa este greșită, fie (în hibrid) destinatarul on-premises nu este sincronizat în Exchange Online.
    .fix-1 = Verificați adresa destinatarului pentru greșeli de scriere.
    .fix-2 = Ca administrator al domeniului destinatarului, verificați că destinatarul există în Exchange Online (Get-Recipient <address>); în hibrid, asigurați-vă că Entra Connect sincronizează acel obiect.
    .fix-3 = Dacă domeniul are în mod legitim destinatari care nu sunt în director, setați-l pe Internal Relay (Set-AcceptedDomain <domain> -DomainType InternalRelay) și rutați-i printr-un conector de ieșire.

exo-5-4-1-relay-access-denied = Serverul destinatar nu acceptă e-mail pentru domeniul destinatarului (Relay Access Denied)
    .cause = Serverul care a primit mesajul nu este responsabil pentru domeniul destinatarului. De obicei înregistrarea MX a domeniului indică spre Exchange Online, dar domeniul nu este accepted domain în acel tenant (sau indică în altă parte deși domeniul este în Microsoft 365), ori setările de conector/accepted domain din hibrid sunt greșite.
    .fix-1 = Verificați înregistrarea MX: trebuie să indice spre <domain-key>.mail.protection.outlook.com (de exemplu contoso-com.mail.protection.outlook.com) când e-mailul domeniului este în Microsoft 365 (Resolve-DnsName <domain> -Type MX).
    .fix-2 = Verificați că domeniul este accepted domain de tipul potrivit: Get-AcceptedDomain | Format-List Name,DomainType (Authoritative, sau Internal Relay când unele cutii poștale sunt în altă parte).
    .fix-3 = În medii hibride, verificați conectorii creați de Hybrid Configuration Wizard și rulați-l din nou dacă e nevoie.

exo-5-4-6-hop-count-exceeded = Buclă de e-mail: mesajul a circulat între servere până la limita de hop-uri (on-premises)
    .cause = Mesajul a fost pasat înainte și înapoi între servere — de obicei între Exchange on-premises și Exchange Online sau alt sistem — până când numărul de antete Received a depășit limita. Cauza este o configurare de rutare în care fiecare parte crede că cealaltă este responsabilă pentru destinatar.
    .fix-1 = Verificați tipurile de accepted domain pe ambele părți (Get-AcceptedDomain | Format-List Name,DomainType): un domeniu nu trebuie să fie Internal Relay pe ambele părți fără o destinație finală.
    .fix-2 = Verificați conectorii de trimitere / smart host-urile și adresa țintă a utilizatorului de e-mail (MailUser) destinatar (ExternalEmailAddress / targetAddress) ca să nu indice înapoi spre expeditor.
    .fix-3 = Verificați regulile de redirecționare și redirecționarea cutiei poștale ale destinatarului care ar putea trimite mesajul în cerc.

exo-5-4-14-hop-count-exceeded = Exchange Online a detectat o buclă de e-mail: limita de hop-uri a fost atinsă
    .cause = Exchange Online a oprit mesajul deoarece a trecut prin prea multe hop-uri (ATTR34), adică intrase într-o buclă — de exemplu între Exchange Online și un server local (on-premises) sau un filtru terț, ori prin reguli de redirecționare. Implicit bucla este întreruptă după aproximativ 20 de iterații.
    .fix-1 = Urmăriți mesajul și examinați antetele Received pentru a vedea prin ce sisteme a circulat.
    .fix-2 = Verificați tipurile de accepted domain (Get-AcceptedDomain) și smart host-urile conectorilor de ieșire, astfel încât domeniul destinatarului să aibă o singură destinație finală clară.
    .fix-3 = Verificați redirecționările destinatarului (redirecționarea cutiei poștale, reguli inbox, reguli mail flow) și înregistrările MX care ar putea indica înapoi în buclă.

exo-5-4-300-message-expired = Mesajul a expirat: destinația nu a răspuns niciodată
    .cause = Exchange Online nu a putut livra mesajul în timpul de expirare, fie pentru că serverul destinație nu a răspuns niciodată, fie pentru că NDR-ul generat pentru mesaj nu a putut fi livrat expeditorului original.
    .fix-1 = Verificați înregistrările MX ale domeniului destinație și dacă serverul său de e-mail este accesibil (Remote Connectivity Analyzer, testul Outbound SMTP Email).
    .fix-2 = Rulați un message trace pentru mesaj ca să vedeți ultimele erori, apoi retrimiteți când destinația funcționează.

exo-5-5-0-mailbox-unavailable = Destinatarul Outlook.com / Hotmail nu există
    .cause = Destinatarul este o adresă personală Outlook.com sau Hotmail, iar căutarea adresei nu a găsit o astfel de cutie poștală (scrisă greșit, închisă sau inexistentă).
    .fix-1 = Verificați ortografia adresei și cereți destinatarului adresa corectă.
    .fix-2 = Eliminați intrarea AutoComplete învechită din Outlook înainte de retrimitere.

exo-5-6-11-bare-linefeeds = Mesajul conține caractere LF izolate, iar destinația nu îl poate accepta
    .cause = Programul expeditor a pus în mesaj caractere LF izolate (sfârșit de linie fără carriage return). Exchange Online nu le mai corectează, iar cum serverul destinatar nu suportă BDAT (CHUNKING), mesajul nu poate fi trimis cu DATA.
    .fix-1 = Reparați aplicația sau scriptul expeditor astfel încât fiecare linie să se termine cu CRLF (de exemplu folosiți serializarea standard a bibliotecii de e-mail în loc să scrieți LF brut).
    .fix-2 = Ca soluție temporară, retrimiteți mesajul din Outlook on the web.
    .fix-3 = Dacă destinația este propriul server, activați acolo BDAT/CHUNKING sau actualizați-l la un server care îl suportă.

exo-5-7-1-delivery-not-authorized = Expeditorul nu are voie să trimită acestui destinatar
    .cause = Destinatarul (adesea un grup de distribuție) acceptă mesaje doar de la anumiți expeditori, sau o regulă mail flow (transport) a respins mesajul. Expeditorul nu este pe lista celor permiși.
    .fix-1 = Verificați restricțiile de livrare ale destinatarului: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFrom*,RejectMessagesFrom*,RequireSenderAuthenticationEnabled (sau Get-Mailbox pentru o cutie poștală).
    .fix-2 = Rulați un message trace ca să vedeți dacă o regulă mail flow l-a respins (Get-TransportRule listează regulile) și ajustați regula dacă respingerea este greșită.
    .fix-3 = Altfel, expeditorul trebuie să ceară permisiunea proprietarului grupului sau administratorului destinatarului.

exo-5-7-1-unable-to-relay = Serverul a refuzat să facă relay mesajului către un domeniu extern
    .cause = Sistemul expeditor a cerut serverului să livreze către un domeniu pentru care serverul nu este responsabil, fără permisiunea de relay. Cauze frecvente: o aplicație sau un dispozitiv face relay anonim prin Exchange, sau o înregistrare MX indică spre un server unde domeniul nu este acceptat.
    .fix-1 = Pentru o aplicație sau un dispozitiv care trebuie să facă relay, creați un conector de primire (Receive connector) dedicat, limitat la adresa sa IP, și acordați dreptul de relay: Get-ReceiveConnector <name> | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'Ms-Exch-SMTP-Accept-Any-Recipient'.
    .fix-2 = Sau faceți aplicația să se autentifice cu un cont care are voie să trimită, în loc de relay anonim.
    .fix-3 = Dacă domeniul destinatarului ar trebui găzduit pe acest server, adăugați-l ca accepted domain (New-AcceptedDomain) și verificați că înregistrarea MX indică spre sistemul corect.

exo-5-7-1-client-not-authenticated = Serverul destinatar cere autentificare înainte de a accepta e-mail
    .cause = Serverul destinatar acceptă pe acest conector doar mesaje de la expeditori autentificați și nu permite e-mail anonim, așa că sistemul expeditor neautentificat a fost respins. Situația este tipică atunci când conectorul de primire expus la internet nu permite utilizatori anonimi.
    .fix-1 = Dacă serverul trebuie să primească e-mail din internet, permiteți expeditorii anonimi pe conectorul de primire expus la internet (Set-ReceiveConnector <name> -PermissionGroups incluzând AnonymousUsers).
    .fix-2 = Dacă expeditorul este o aplicație sau un server intern, configurați-l să se autentifice la serverul destinatar.

exo-5-7-12-sender-not-authenticated-by-org = Destinatarul acceptă doar mesaje din interiorul organizației sale
    .cause = Destinatarul este configurat să respingă mesajele de la expeditori din afara organizației (expeditori neautentificați), iar expeditorul este extern. Doar administratorul destinatarului poate schimba asta.
    .fix-1 = Ca administrator al destinatarului, permiteți expeditorii externi: Set-Mailbox / Set-DistributionGroup / Set-UnifiedGroup <identity> -RequireSenderAuthenticationEnabled $false (sau în EAC, la delivery management).
    .fix-2 = Ca expeditor, contactați destinatarul pe altă cale și rugați-l să permită e-mailul extern.

exo-5-7-13-135-public-folder = Folderul public acceptă doar mesaje din interiorul organizației
    .cause = Destinatarul este un folder public cu e-mail activat care respinge expeditorii neautentificați (externi).
    .fix-1 = Ca administrator, permiteți expeditorii externi: Set-MailPublicFolder <folder> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Sau adăugați expeditorii specifici care au voie să posteze (Set-MailPublicFolder -AcceptMessagesOnlyFrom).

exo-5-7-124-sender-not-allowed = Expeditorul nu este pe lista de expeditori permiși ai grupului
    .cause = Grupul de distribuție acceptă mesaje doar de la expeditorii listați (sau de la membri), iar expeditorul nu este pe listă — în funcție de configurare, chiar și proprietarul grupului trebuie listat. Grupurile mari pot fi restricționate doar la membri.
    .fix-1 = Verificați restricția: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers,AcceptMessagesOnlyFrom.
    .fix-2 = Adăugați expeditorul printre cei permiși în EAC (group > Settings > Delivery management) sau cu Set-DistributionGroup.

exo-5-7-133-group-requires-auth = Grupul destinatar acceptă doar mesaje din interiorul organizației
    .cause = Destinatarul este un grup de distribuție sau un grup Microsoft 365 setat să respingă mesajele de la expeditori neautentificați (externi). E-mailul din afară, inclusiv cel trimis anonim prin relay de aplicații on-premises, este respins.
    .fix-1 = Ca administrator sau proprietar al grupului, permiteți expeditorii externi: Set-DistributionGroup <group> -RequireSenderAuthenticationEnabled $false (Set-UnifiedGroup pentru un grup Microsoft 365).
    .fix-2 = Pentru aplicațiile on-premises care trimit către grup, folosiți un conector de intrare sau trimitere autentificată, astfel încât mesajul să fie considerat intern.

exo-5-7-134-mailbox-requires-auth = Cutia poștală acceptă doar mesaje din interiorul organizației
    .cause = Cutia poștală a destinatarului este setată să respingă mesajele de la expeditori neautentificați (externi), așa că e-mailul extern către ea este refuzat.
    .fix-1 = Ca administrator, permiteți expeditorii externi: Set-Mailbox <mailbox> -RequireSenderAuthenticationEnabled $false sau adăugați expeditorii care au voie să scrie.

exo-5-7-136-mail-user-requires-auth = Utilizatorul de e-mail (MailUser) acceptă doar mesaje din interiorul organizației
    .cause = Destinatarul este un utilizator de e-mail (MailUser: o adresă a cărei cutie poștală se află în altă parte) setat să respingă mesajele de la expeditori neautentificați (externi).
    .fix-1 = Ca administrator, permiteți expeditorii externi: Set-MailUser <identity> -RequireSenderAuthenticationEnabled $false sau adăugați expeditorii permiși.

exo-5-7-23-spf-violation = Destinatarul a respins mesajul deoarece a eșuat la SPF
    .cause = Sistemul destinatar verifică SPF, iar adresa IP a serverului expeditor nu este autorizată de înregistrarea SPF a domeniului expeditor (include lipsă, IP greșit sau prea multe interogări DNS).
    .fix-1 = Verificați înregistrarea SPF a domeniului (Resolve-DnsName <domain> -Type TXT) și adăugați toate sursele legitime de trimitere; pentru Microsoft 365 trebuie să conțină include:spf.protection.outlook.com.
    .fix-2 = Păstrați înregistrarea sub 10 interogări DNS și publicați o singură înregistrare SPF, apoi retrimiteți.

exo-5-7-25-ipv6-no-reverse-dns = Adresa IPv6 expeditoare nu are înregistrare DNS inversă (PTR)
    .cause = Exchange Online cere o înregistrare DNS inversă pentru adresele IPv6 care îi trimit e-mail. Adresa IPv6 care se conectează nu are înregistrare PTR.
    .fix-1 = Cereți celui care controlează adresa IPv6 (furnizorul de hosting sau de internet) să publice o înregistrare PTR cu numele de gazdă al serverului.
    .fix-2 = Până atunci, trimiteți către Exchange Online prin IPv4.

exo-5-7-57-smtp-auth-required = Aplicația sau dispozitivul nu este autentificat când trimite prin smtp.office365.com
    .cause = O aplicație, o imprimantă sau un script trimite e-mail către smtp.office365.com fără autentificare (sau autentificarea a eșuat). SMTP client submission necesită credențialele unei cutii poștale licențiate, iar autentificarea este posibilă doar după negocierea TLS.
    .fix-1 = Configurați dispozitivul pentru smtp.office365.com portul 587 cu STARTTLS și credențialele unei cutii poștale care are voie să trimită; asigurați-vă că dispozitivul suportă TLS 1.2.
    .fix-2 = Verificați că SMTP AUTH este permis: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled și Get-CASMailbox <user> | Format-List SmtpClientAuthenticationDisabled (Set-CASMailbox <user> -SmtpClientAuthenticationDisabled $false).
    .fix-3 = Dacă dispozitivul nu se poate autentifica, folosiți în schimb direct send sau un conector SMTP relay (conector de intrare după IP sau certificat).

exo-5-7-64-tenant-attribution = Exchange Online nu poate asocia e-mailul de la serverul dvs. cu conectorul de intrare (TenantAttribution)
    .cause = Exchange Online primește e-mail de la serverul dvs. local (on-premises) sau de la un relay, printr-un conector de intrare, iar acesta nu mai corespunde conexiunii: IP-ul public al serverului s-a schimbat sau numele din certificatul prezentat diferă de cel configurat pe conector. E-mailul este atunci tratat ca încercare de relay anonim și refuzat.
    .fix-1 = Verificați conectorul: Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled.
    .fix-2 = Actualizați-l la IP-ul public curent (Set-InboundConnector <name> -SenderIPAddresses <ip>) sau la numele certificatului (-TlsSenderCertificateName <name>), ori rulați din nou Hybrid Configuration Wizard.
    .fix-3 = Asigurați-vă că conectorul de trimitere local (on-premises) prezintă certificatul corect (TlsCertificateName) și trimite lanțul complet de certificate.

exo-5-7-501-spam-abuse = Contul expeditor a fost interzis după detectarea de spam
    .cause = Exchange Online a detectat activitate de spam de la contul expeditor și i-a interzis trimiterea. De obicei înseamnă că acel cont a fost compromis.
    .fix-1 = Securizați contul: resetați parola, revocați sesiunile, impuneți MFA și eliminați regulile inbox sau redirecționările malițioase.
    .fix-2 = După rezolvare, contactați suportul Microsoft prin canalul obișnuit pentru a restabili trimiterea.

exo-5-7-502-503-banned-sender = Contul expeditor este interzis din cauza activității de spam
    .cause = Exchange Online a interzis contul expeditor după ce a detectat spam trimis de pe el, cel mai des pentru că acel cont a fost compromis.
    .fix-1 = Securizați contul (resetare parolă, MFA, eliminarea regulilor și redirecționărilor malițioase) și verificați ce a trimis.
    .fix-2 = Apoi contactați suportul Microsoft prin canalul obișnuit pentru ridicarea interdicției.

exo-5-7-504-recipient-rejected = Adresa destinatarului a fost respinsă ca nevalidă
    .cause = Exchange Online Protection a respins adresa destinatarului deoarece nu este un destinatar valid.
    .fix-1 = Verificați adresa de e-mail a destinatarului și retrimiteți.

exo-5-7-505-banned-recipient = Adresa destinatarului este interzisă
    .cause = Exchange Online Protection refuză livrarea către această adresă de destinatar deoarece nu este considerată validă.
    .fix-1 = Verificați adresa; dacă considerați că blocarea este o greșeală, contactați suportul Microsoft.

exo-5-7-506-bad-helo = Serverul expeditor s-a prezentat cu numele serverului destinatar (Bad HELO)
    .cause = În HELO/EHLO serverul expeditor a folosit numele serverului la care se conecta, în loc de propriul nume complet de gazdă. Exchange Online tratează asta drept comportament de spambot și refuză conexiunea.
    .fix-1 = Setați numele HELO/EHLO al serverului expeditor la propriul FQDN public: în Exchange, Set-SendConnector <name> -Fqdn <host>; în Postfix, smtp_helo_name (implicit myhostname).
    .fix-2 = Asigurați-vă că acel nume se rezolvă la IP-ul public al serverului și are o înregistrare PTR corespunzătoare.

exo-5-7-507-rejected-by-recipient = Organizația destinatarului blochează adresa IP expeditoare
    .cause = Organizația destinatarului a blocat adresa IP de pe care trimiteți, așa că Exchange Online refuză mesajul în numele ei.
    .fix-1 = Contactați destinatarul pe altă cale și rugați administratorul său de e-mail să deblocheze IP-ul dvs. expeditor.

exo-5-7-508-ipv6-range-limit = Intervalul IPv6 expeditor a trimis prea multe e-mailuri într-un timp prea scurt
    .cause = Exchange Online limitează cât de repede poate trimite un interval IPv6, iar intervalul expeditorului a depășit limita.
    .fix-1 = Reduceți rata de trimitere din acel interval IPv6 sau trimiteți prin IPv4.
    .fix-2 = Verificați gazdele expeditoare pentru compromitere sau e-mail în masă neașteptat.

exo-5-7-509-dmarc-reject = Mesajul a eșuat la DMARC, iar politica domeniului expeditor este reject
    .cause = Domeniul din antetul From publică DMARC cu p=reject, iar mesajul nu a trecut nici SPF, nici DKIM aliniate cu acel domeniu, așa că destinatarul l-a respins. Motive tipice: lipsește semnătura DKIM, un serviciu de trimitere lipsește din SPF sau o redirecționare a stricat SPF/DKIM.
    .fix-1 = Citiți antetul Authentication-Results din mesajul returnat pentru a vedea ce verificări au eșuat.
    .fix-2 = Faceți ca fiecare serviciu care trimite în numele domeniului să treacă SPF sau DKIM aliniat: adăugați-l în SPF și activați semnarea DKIM pentru domeniu (în Microsoft 365: pagina DKIM din portalul Defender sau Set-DkimSigningConfig <domain> -Enabled $true).
    .fix-3 = Până când toate sursele sunt aliniate, luați în calcul o politică DMARC mai puțin strictă (p=quarantine sau p=none) în timp ce monitorizați rapoartele.

exo-5-7-510-no-ipv6 = Domeniul destinatarului nu acceptă e-mail prin IPv6
    .cause = Mesajul a fost trimis prin IPv6, dar domeniul destinatarului nu acceptă e-mail prin IPv6.
    .fix-1 = Faceți serverul expeditor să livreze către acest domeniu prin IPv4 (în Postfix, smtp_address_preference = ipv4 sau inet_protocols = ipv4).

exo-5-7-511-banned-sender-ip = Adresa IP expeditoare este interzisă de Microsoft
    .cause = Adresa IP de la care vine e-mailul a fost interzisă de Exchange Online Protection, de obicei din cauza spamului sau a altor abuzuri trimise de pe ea (posibil de un utilizator anterior al adresei).
    .fix-1 = Găsiți și opriți sursa abuzului pe acel IP (conturi compromise, open relay, gazde infectate).
    .fix-2 = Solicitați scoaterea din listă printr-un e-mail la delist@microsoft.com cu textul complet al NDR-ului și adresa IP.

exo-5-7-512-from-not-rfc5322 = Mesajul nu are o adresă From validă
    .cause = Exchange Online respinge mesajele al căror antet From nu conține o adresă validă, așa cum cere RFC 5322 secțiunea 3.6.2 — de exemplu un From gol sau un nume afișat fără adresă între paranteze unghiulare.
    .fix-1 = Reparați aplicația expeditoare astfel încât fiecare mesaj să aibă un antet From cu o adresă validă, de exemplu From: Display Name <sender@contoso.com>.

exo-5-7-513-customer-block-list = Domeniul destinatarului v-a blocat IP-ul în propria listă de blocare
    .cause = Organizația destinatarului a adăugat adresa dvs. IP expeditoare în lista sa personalizată de blocare din Exchange Online (AS16012607), așa că tenantul ei vă refuză e-mailul.
    .fix-1 = Contactați destinatarul pe altă cale și rugați administratorul său de e-mail să vă elimine adresa IP din lista de blocare.

exo-5-7-606-649-banned-sending-ip = Adresa IP expeditoare se află pe lista Microsoft de expeditori blocați
    .cause = Exchange Online Protection a interzis adresa IP care se conectează din cauza spamului sau a altui trafic malițios (codurile de la 5.7.606 la 5.7.649). Tot e-mailul de la acel IP către Microsoft 365 este refuzat până la scoaterea din listă.
    .fix-1 = Găsiți și remediați mai întâi cauza pe acel IP: conturi compromise, un open relay sau e-mail în masă raportat ca spam de destinatari.
    .fix-2 = Solicitați eliminarea prin portalul de auto-servire delist (https://sender.office.com) folosind adresa IP din NDR.

exo-5-7-703-tenant-recipient-block = Propria organizație blochează acest destinatar (Tenant Allow/Block List)
    .cause = Adresa sau domeniul destinatarului este blocat în Tenant Allow/Block List a tenantului dvs. O astfel de blocare îi împiedică și pe utilizatorii dvs. să-i trimită, iar întregul mesaj este refuzat pentru toți destinatarii.
    .fix-1 = Verificați intrările de blocare: Get-TenantAllowBlockListItems -ListType Sender -Block.
    .fix-2 = Dacă blocarea nu este dorită, eliminați intrarea (Remove-TenantAllowBlockListItems -ListType Sender -Entries <address-or-domain>) sau în portalul Defender la Tenant Allow/Block Lists, apoi retrimiteți.

exo-5-7-705-tenant-threshold = E-mailul de ieșire al tenantului dvs. este blocat: s-a trimis prea mult spam
    .cause = Cea mai mare parte a traficului de ieșire recent al tenantului a fost detectată ca spam sau bulk, așa că Exchange Online a blocat e-mailul de ieșire pentru întregul tenant. Cauze frecvente: un server local (on-premises) compromis sau un cont de administrator compromis folosit pentru a crea conectori; rar, un abonament reînnoit după ce expirase.
    .fix-1 = Găsiți sursa cu Mailflow status report, Threat protection status (spam), Top senders and recipients și Outbound connector report, plus message trace.
    .fix-2 = Remediați cauza (conturi compromise, open relay, conectori necunoscuți: Get-InboundConnector / Get-OutboundConnector), apoi contactați suportul Microsoft pentru ridicarea blocării.

exo-5-7-708-ip-not-accepted = Exchange Online nu acceptă e-mail de la acest IP expeditor cu reputație scăzută
    .cause = Tenantul trimite de pe adrese IP cu reputație scăzută, tipice pentru tenanți noi sau de probă, așa că Exchange Online refuză traficul.
    .fix-1 = Dacă este un tenant de probă, contactați suportul Microsoft pentru o excepție până când cumpărați licențe.
    .fix-2 = Asigurați-vă că tenantul trimite doar e-mail legitim de pe domenii verificate.

exo-5-7-750-unregistered-domains = Tenantului i s-a blocat trimiterea de pe domenii neînregistrate
    .cause = Un volum mare de e-mail a fost trimis prin tenant cu domenii de expeditor care nu sunt accepted domains în Microsoft 365, așa că Exchange Online l-a blocat. Adesea un conector face relay pentru domenii pe care nu le-a înregistrat nimeni, sau un atacator a creat un conector pentru a trimite spam.
    .fix-1 = Adăugați și verificați fiecare domeniu de pe care trimiteți ca accepted domain (Microsoft 365 admin center > Settings > Domains; Get-AcceptedDomain le listează).
    .fix-2 = Sau folosiți un conector de intrare bazat pe certificat, al cărui domeniu din certificat este un domeniu acceptat și verificat.
    .fix-3 = Căutați conectori necunoscuți (Get-InboundConnector) și conturi de administrator compromise și eliminați-i.

exo-4-4-62-wrong-region = Exchange Online a refuzat mesajul: a ajuns în regiunea Microsoft 365 greșită (ATTR35)
    .cause = Mesajul a fost predat unui server frontal Exchange Online care nu deservește tenantul destinatarului. Serverul sau dispozitivul expeditor folosește ca smart host sau MX o destinație veche sau generică (mail.messaging.microsoft.com, mail.global.frontbridge.com sau o adresă IP fixă Microsoft 365) în locul numelui MX propriu al tenantului.
    .fix-1 = Pe un server Exchange, verificați smart host-ul conectorului de trimitere către Microsoft 365: Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces. Înlocuiți aceste valori cu punctul final MX al tenantului (contoso-com.mail.protection.outlook.com) sau cu domeniul inițial (<tenant>.mail.onmicrosoft.com).
    .fix-2 = Pe dispozitivele și aplicațiile care trimit prin releu către Microsoft 365, setați același punct final MX în locul unei adrese IP și lăsați-le să caute singure înregistrările MX acolo unde pot.
    .fix-3 = Verificați că înregistrarea MX a domeniului indică numele afișat în centrul de administrare Microsoft 365 (Settings > Domains), apoi reluați coada.

exchange-421-4-3-2-concurrent-connections = Prea multe conexiuni simultane: conectorul de primire Exchange a refuzat încă una
    .cause = Serverul Exchange destinatar (sau un server frontal Exchange Online) are deja deschise atâtea conexiuni SMTP de la acest expeditor, sau în total, câte permite conectorul de primire (MaxInboundConnectionPerSource, MaxInboundConnection), așa că a închis conexiunea nouă cu 421 4.3.2. Mesajul rămâne în coadă și este reîncercat.
    .fix-1 = Dacă serverul care refuză este al dumneavoastră: Get-ReceiveConnector | Format-List Name,MaxInboundConnection,MaxInboundConnectionPerSource. Măriți limita pe conectorul care primește mesajele acestei surse (Set-ReceiveConnector -MaxInboundConnectionPerSource) și căutați conexiuni rămase agățate din cauza unei defecțiuni de rețea.
    .fix-2 = Dacă serverul dumneavoastră este expeditorul: deschideți mai puține conexiuni simultane către acea destinație (Exchange: Set-TransportService -MaxPerDomainOutboundConnections; Postfix: smtp_destination_concurrency_limit) sau eșalonați trimiterea în timp; aplicațiile care trimit în masă ar trebui să refolosească o singură conexiune.


exchange-451-5-7-3-exchange-auth = Serverele Exchange nu se pot autentifica între ele (Exchange Server authentication, X-EXPS)
    .cause = Serverele Exchange ale aceleiași organizații se autentifică între ele cu comanda X-EXPS înainte de a preda mesajele interne. Serverul destinatar a refuzat-o sau nu a oferit-o: conectorul de primire care preia acest trafic are Exchange Server authentication dezactivată, un alt conector de primire cu un interval de IP-uri la distanță mai îngust preia conexiunea, ori un firewall sau o inspecție SMTP dintre ele elimină X-ANONYMOUSTLS, X-EXPS sau GSSAPI.
    .fix-1 = Pe serverul destinatar: Get-ReceiveConnector | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups. Conectorul care primește mesaje de la celelalte servere Exchange (Default Frontend, Default) are nevoie de AuthMechanism ExchangeServer (împreună cu Tls) și de grupurile de permisiuni ExchangeServers și ExchangeLegacyServers.
    .fix-2 = Asigurați-vă că niciun conector personalizat (de exemplu, unul de releu) nu listează adresele celorlalte servere Exchange în RemoteIPRanges.
    .fix-3 = Dezactivați inspecția SMTP (inspection/fixup) pe firewall-urile dintre servere, ca X-ANONYMOUSTLS, X-EXPS și GSSAPI să treacă; apoi rulați Retry-Queue.

exchange-451-4-7-0-idle-timeout = Exchange a închis o sesiune SMTP inactivă (Timeout waiting for client input)
    .cause = Clientul nu a trimis nimic mai mult timp decât ConnectionInactivityTimeout al conectorului de primire, așa că Exchange a încheiat sesiunea cu 451 4.7.0. În sine este inofensiv: un client blocat, o sesiune de test lăsată deschisă sau un scaner. Multe astfel de cazuri de la același expeditor pot indica o cale de rețea lentă sau un client care așteaptă ceva ce serverul nu trimite.
    .fix-1 = De obicei nu trebuie făcut nimic. Dacă un expeditor real este deconectat în mijlocul unui mesaj, verificați calea de rețea dintre el și acest server și ConnectionInactivityTimeout al conectorului (Get-ReceiveConnector | Format-List Name,ConnectionInactivityTimeout).

exchange-sender-id-rejected = O verificare Sender ID a Exchange a refuzat mesajul: domeniul expeditorului nu permite serverul care trimite (Sender ID / PRA)
    .cause = Agentul Sender ID al unui server Exchange a comparat adresa presupus responsabilă (purported responsible address: antetul Resent-Sender, Resent-From, Sender sau From) cu înregistrarea SPF a acelui domeniu. „Not Permitted” înseamnă că înregistrarea nu listează IP-ul care trimite; „Domain Does Not Exist” înseamnă că domeniul din acel antet nu există în DNS. Când chiar serverul dvs. a înregistrat asta (message tracking FAIL de la Sender Id Agent, Directionality Incoming), a refuzat mesaje primite, cel mai des spam cu expeditor falsificat: destinatarul nu are nicio vină.
    .fix-1 = Dacă serverul dvs. l-a refuzat, pentru spam nu e nimic de reparat; unui expeditor legitim cereți-i să-și corecteze înregistrarea SPF sau exceptați-i domeniul (Set-SenderIdConfig -BypassedSenderDomains).
    .fix-2 = Dacă a fost refuzat mesajul dvs., asigurați-vă că înregistrarea SPF a domeniului din antetul From sau Sender listează toate serverele care trimit în numele lui și că domeniul se rezolvă în DNS-ul public.
exchange-rfc2606-reserved-domain = Domeniul destinatarului este rezervat pentru teste și documentație (RFC 2606)
    .cause = Exchange a refuzat destinatarul deoarece domeniul lui este unul dintre numele rezervate de RFC 2606 (.test, .example, .invalid, .localhost, example.com, example.net, example.org): astfel de domenii nu primesc niciodată mesaje. Un laborator, un script de test sau o sondă de monitorizare a folosit un domeniu rezervat pentru destinatari.
    .fix-1 = Dați cutiilor poștale de test adrese într-un domeniu pe care îl dețineți (un accepted domain al organizației) și folosiți-le în Test-Mailflow și în monitorizare.
    .fix-2 = Dacă un laborator folosește un nume rezervat ca spațiu de nume intern, adăugați pentru adresele lui de e-mail un accepted domain din afara numelor rezervate.
exo-5-7-51-tenant-inbound-attribution = Exchange Online a potrivit un conector de partener după domeniul destinatarului, iar mesajele acestui server nu îl satisfac (TenantInboundAttribution)
    .cause = Un conector de intrare din tenantul Exchange Online care primește a potrivit mesajul după domeniul destinatarului și acceptă mesaje doar de la anumite certificate sau adrese IP (RestrictDomainsToCertificate / RestrictDomainsToIPAddresses). Serverul care trimite nu a prezentat certificatul așteptat (TlsSenderCertificateName) sau nu s-a conectat de la o adresă din listă. Într-un mediu hibrid, de obicei conectorul de trimitere local (on-premises) prezintă un certificat reînnoit sau diferit de cel numit de conectorul din Exchange Online.
    .fix-1 = Comparați certificatul: on-premises, Get-SendConnector | Format-List Name,TlsCertificateName; în Exchange Online, Get-InboundConnector | Format-List Name,TlsSenderCertificateName,RestrictDomainsToCertificate,SenderIPAddresses.
    .fix-2 = Rulați din nou Hybrid Configuration Wizard cu certificatul curent sau setați TlsCertificateName al conectorului de trimitere („<I>issuer<S>subject”) și TlsSenderCertificateName al conectorului de intrare astfel încât să se potrivească.
    .fix-3 = Dacă expeditorul este un partener, actualizați numele certificatului sau lista de IP-uri a conectorului de partener după serverele actuale ale partenerului.
exchange-transport-rule-reject = O regulă de flux de e-mail (regulă de transport) a respins mesajul
    .cause = O regulă de flux de e-mail cu acțiunea „respinge mesajul cu explicația” (RejectMessage) s-a potrivit cu mesajul și a trimis un NDR; „the message was rejected by organization policy” este explicația implicită. Regula aparține organizației al cărei server a scris eroarea: a dvs. dacă o arată message tracking-ul dvs. (Source AGENT, Transport Rule Agent), altfel a destinatarului.
    .fix-1 = Dacă organizația dvs. a respins mesajul, găsiți regula care a acționat (o numesc message trace sau Get-MessageTrackingLog; Get-TransportRule | Format-List Name,State,Priority,RejectMessageReasonText) și schimbați-i condițiile sau adăugați o excepție dacă mesajul era legitim.
    .fix-2 = Dacă a respins organizația destinatarului, expeditorul nu poate schimba acea regulă: trimiteți NDR-ul administratorilor destinatarului și întrebați ce regulă s-a potrivit.
exo-5-7-520-external-forwarding-blocked = Organizația dvs. blochează redirecționarea automată către adrese externe (5.7.520)
    .cause = Mesajul a fost refuzat chiar de organizația Microsoft 365 a expeditorului: a fost redirecționat automat (regulă de inbox, redirecționare a căsuței sau redirecționare) către o adresă din afara organizației, iar politica anti-spam pentru mesajele trimise nu permite redirecționarea automată externă. Partea destinatarului nu are niciun rol.
    .fix-1 = Dacă redirecționarea este dorită, creați o politică anti-spam de ieșire separată pentru acele căsuțe, cu „Automatic forwarding rules” setat la On (portalul Microsoft Defender → Anti-spam policies), în loc să o deschideți pentru toți.
    .fix-2 = Dacă nu este dorită (o regulă uitată sau o regulă creată de un atacator într-o căsuță compromisă), eliminați-o: Get-InboxRule -Mailbox <user> și Get-Mailbox <user> | Format-List ForwardingSmtpAddress,DeliverToMailboxAndForward.
exo-5-7-193-group-external-senders = Un grup Microsoft 365 nu acceptă mesaje din afara organizației (5.7.193)
    .cause = Destinatarul este un grup Microsoft 365 care acceptă mesaje doar de la membri sau de la persoane din propria organizație; un expeditor extern sau care nu este membru a fost refuzat de grup.
    .fix-1 = Cereți administratorului destinatarului sau proprietarului grupului să permită expeditorii externi: în Outlook sau în centrul de administrare, „Let people outside the organization email the group”, sau Set-UnifiedGroup <group> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Dacă doar membrii pot scrie, trimiteți direct unui membru sau cereți să fiți adăugat în grup.
exo-5-7-367-relay-pool-rejected = Un mesaj retransmis mai departe de Exchange Online a fost refuzat de serverul următor (5.7.367)
    .cause = Exchange Online a redirecționat sau retransmis mesajul către alt server din pool-ul său de retransmisie (relay pool), deoarece mesajul nu a trecut de SPF sau DKIM la intrarea în Microsoft 365 (de obicei un mesaj venit printr-o poartă terță sau redirecționat din nou); serverul următor refuză mesajele din acel pool. Expeditorul nu poate rezolva asta prin autentificare SMTP.
    .fix-1 = Dacă mesajele ajung în Microsoft 365 printr-o altă poartă sau serviciu, activați Enhanced Filtering for Connectors pe conectorul de intrare al acestuia, ca SPF și DKIM ale expeditorului inițial să fie verificate.
    .fix-2 = Faceți din domeniile expeditorilor mesajelor retransmise de dvs. domenii acceptate (accepted domain) ale tenantului și evitați redirecționarea mesajelor externe prin mai multe salturi.
exo-5-1-20-multiple-from = Mesajul are mai multe adrese From și niciun Sender (5.1.20)
    .cause = Antetul From al mesajului conține mai multe adrese, iar atunci RFC 5322 cere un antet Sender care să numească expeditorul efectiv; Exchange Online refuză un astfel de mesaj. De obicei cauza este o aplicație sau un script care construiește mesajul.
    .fix-1 = Modificați aplicația care trimite astfel încât From să conțină o singură adresă sau adăugați un antet Sender cu adresa căsuței care trimite efectiv.
exchange-content-filter-quarantined = Agentul Content Filter a pus mesajul în carantină (Exchange Server)
    .cause = Agentul Content Filter al serverului Exchange destinatar a evaluat mesajul ca spam peste pragul de carantină și l-a trimis în căsuța de carantină în loc să-l livreze; expeditorul a fost anunțat printr-un NDR.
    .fix-1 = Dacă mesajul este legitim, cereți administratorului destinatarului să-l elibereze din căsuța de carantină.
    .fix-2 = Pentru un expeditor sau destinatar care nu trebuie filtrat, adăugați o excepție: Set-ContentFilterConfig -BypassedSenders, -BypassedSenderDomains sau -BypassedRecipients; verificați pragurile cu Get-ContentFilterConfig.
exchange-5-1-6-single-label-domain = Domeniul destinatarului are o singură etichetă, iar Exchange îl refuză (5.1.6)
    .cause = Adresa destinatarului se termină cu un domeniu dintr-o singură etichetă (user@contoso în loc de user@contoso.com), iar organizația Exchange este setată să refuze destinatarii din astfel de domenii (Set-TransportConfig -RejectSingleLabelRecipientDomains $true).
    .fix-1 = Scrieți numele complet al domeniului destinatarului (user@contoso.com); corectați contactul, aplicația sau intrarea AutoComplete care dă forma scurtă.
    .fix-2 = Dacă astfel de nume interne trebuie acceptate, un administrator poate rula Set-TransportConfig -RejectSingleLabelRecipientDomains $false și poate ruta domeniul printr-un conector de trimitere sau un domeniu acceptat.
exchange-5-3-2-address-book-policy = O politică de agendă împiedică expeditorul să ajungă la destinatar (5.3.2)
    .cause = Agentul ABP Routing al organizației Exchange a verificat politicile de agendă: destinatarul nu se află în lista globală de adrese a politicii de agendă a expeditorului, așa că driverul de stocare a refuzat livrarea mesajului („Missing or bad StoreDriver MDB properties”).
    .fix-1 = Verificați ce politici de agendă au expeditorul și destinatarul: Get-Mailbox <user> | Format-List AddressBookPolicy, și listele de adrese ale fiecărei politici (Get-AddressBookPolicy).
    .fix-2 = Dacă cei doi trebuie să comunice, puneți-i în listele de adrese ale unei politici comune sau modificați atributul destinatarului după care filtrează lista de adrese.
exchange-4-3-1-back-pressure = Exchange refuză e-mailurile pentru că resursele sunt pe terminate (back pressure, 4.3.1)
    .cause = Serverul Exchange care a răspuns este în back pressure: spațiul liber de pe discul cu baza de date a cozii (sau cu jurnalele de transport) a scăzut sub prag ori memoria disponibilă este mică, așa că transportul refuză mesajele noi până își revine. Pe mașinile virtuale cu memorie dinamică eroarea apare și dispare. Expeditorul reîncearcă.
    .fix-1 = Pe acel server, aflați ce resursă a depășit limita: Get-ExchangeDiagnosticInfo -Server <server> -Process EdgeTransport -Component ResourceThrottling și evenimentele 15004/15006/15007 ale MSExchangeTransport din jurnalul Application.
    .fix-2 = Eliberați spațiu pe volumul bazei de date a cozii sau mutați-o pe un disc mai mare (QueueDatabasePath în EdgeTransport.exe.config, apoi reporniți serviciul Microsoft Exchange Transport).
    .fix-3 = Dați mașinii virtuale Exchange memorie statică, nu dinamică, așa cum cere Microsoft.
exchange-5-3-0-poison-message = Exchange a mutat mesajul în coada mesajelor otrăvite (poison message queue, 5.3.0)
    .cause = Mesajul a făcut serviciul de transport să cadă în mod repetat („Too many related errors”), așa că Exchange l-a considerat deformat sau dăunător procesului și l-a mutat în coada mesajelor otrăvite în loc să-l livreze.
    .fix-1 = Pe serverul care a trimis NDR-ul, examinați coada mesajelor otrăvite: Get-Message -Queue <server>\Poison | Format-List, iar în jurnalul Application căderea transportului care a însoțit-o.
    .fix-2 = Exportați mesajul (Export-Message) ca să vedeți ce are; reluați-l (Resume-Message) doar dacă e sigur, altfel ștergeți-l. Instalați ultima actualizare Exchange dacă mesajele tot ajung acolo.
exchange-5-3-5-loop-same-fqdn = Exchange a detectat o buclă: un conector de primire se prezintă cu numele altui server (5.3.5)
    .cause = Exchange răspunde „System incorrectly configured” când un mesaj s-ar întoarce la el însuși: FQDN-ul anunțat de unul dintre conectorii săi de primire este același cu al altui server, serviciu sau dispozitiv din fluxul de e-mail (un smart host, un gateway, alt server Exchange), așa că ia cealaltă parte drept el însuși. Alte MTA folosesc aceste cuvinte pentru propriile erori de configurare.
    .fix-1 = Comparați FQDN-ul conectorilor de primire (Get-ReceiveConnector | Format-List Identity,Fqdn,Bindings) cu numele anunțate de celelalte servere și dispozitive de pe traseul e-mailului; lăsați FQDN-ul propriu al serverului dacă nu aveți un motiv anume.
    .fix-2 = Verificați că send connectorii și smart hosturile nu trimit domeniul înapoi la același server, apoi rulați Retry-Queue.
exo-5-6-0-approval-invalid-expiry = Moderarea nu poate începe: lipsește eticheta de retenție pentru destinatarii moderați (APPROVAL.InvalidExpiry)
    .cause = Destinatarul este moderat (un grup de distribuție sau un grup de distribuție dinamic cu moderare), iar Approval Processing Agent are nevoie de o etichetă de politică de retenție cu IsDefaultModeratedRecipientsPolicyTag ca să știe cât păstrează mesajul care așteaptă aprobarea. Organizația nu are una, așa că orice mesaj către grup este refuzat.
    .fix-1 = În Exchange Online PowerShell rulați Enable-OrganizationCustomization, apoi New-RetentionPolicyTag -Name "Moderation" -IsDefaultModeratedRecipientsPolicyTag -AgeLimitForRetention 2 (pe Exchange Server, doar a doua comandă).
    .fix-2 = Retrimiteți mesajul după ce eticheta există; până atunci, dezactivarea moderării grupului (Set-DistributionGroup -ModerationEnabled $false) lasă mesajele să treacă nemoderate.
exo-send-as-denied = Contul autentificat nu are voie să trimită ca adresa From (Send As refuzat)
    .cause = Exchange (Online sau local) a refuzat mesajul pentru că cutia poștală sau contul autentificat nu are voie să trimită ca adresa din From: nu are permisiunea Send As pe acea cutie, grup sau cutie partajată, ori aplicația pune în From altă adresă decât contul cu care se autentifică. Destinatarii nu au nicio problemă.
    .fix-1 = Faceți ca adresa From să fie cea a cutiei cu care se autentifică dispozitivul sau aplicația, sau autentificați-vă cu cutia a cărei adresă apare în From.
    .fix-2 = Altfel acordați contului permisiunea Send As pe acea adresă: în Exchange Online Add-RecipientPermission -Identity <adresa From> -Trustee <cont> -AccessRights SendAs (verificați cu Get-RecipientPermission <adresa From>); local Add-ADPermission -ExtendedRights "Send As".
    .fix-3 = Permisiunile pot intra în vigoare după un timp; apoi retrimiteți.
exo-4-3-1-resources = Exchange Online a rămas o clipă fără resurse și a amânat mesajul (452 4.3.1)
    .cause = Serverul care a răspuns este unul dintre serverele Exchange Online ale Microsoft (adresa sau numele lui o arată), care aplică presiune inversă (back pressure) ca orice server Exchange: pentru o clipă nu a avut destul spațiu pe disc sau memorie pentru mesaje noi și a cerut expeditorului să reîncerce. Nimic de partea expeditorului nu provoacă asta și nimic nu trebuie eliberat.
    .fix-1 = Lăsați coada serverului care trimite să reîncerce; următoarele încercări trec de obicei în câteva minute.
    .fix-2 = Dacă ține ore întregi, verificați starea serviciilor Microsoft 365 în centrul de administrare pentru un incident în fluxul de e-mail Exchange Online.
    .fix-3 = Dacă niciun incident nu explică o perioadă lungă, deschideți un caz la Microsoft cu orele, numele serverelor din răspunsuri și adresa IP de trimitere.
exo-5-7-54-relay-not-attributed = Exchange Online a refuzat să transmită către un destinatar extern: nu a putut lega expeditorul de organizația dvs.
    .cause = Pentru un domeniu din afara domeniilor acceptate, Exchange Online primește mesaje doar de la un expeditor pe care îl poate atribui organizației dvs.: o sesiune SMTP AUTH autentificată sau o conexiune care se potrivește cu un conector de intrare de la propriul server de e-mail (după adresa IP publică sau certificatul TLS). Această conexiune nu s-a potrivit cu niciuna, așa că destinatarul extern a fost refuzat. Expeditori tipici: o imprimantă, un scanner sau o aplicație care folosește direct send către o adresă externă, un server local a cărui adresă IP publică s-a schimbat, un conector al cărui nume de certificat nu mai corespunde.
    .fix-1 = Pentru un server sau dispozitiv care transmite prin Exchange Online, creați sau corectați un conector de intrare de la serverul de e-mail al organizației, care îl identifică după adresa IP publică sau numele certificatului (New-InboundConnector -ConnectorType OnPremises), și verificați că este activat.
    .fix-2 = Sau lăsați aplicația să se autentifice: trimitere SMTP AUTH către smtp.office365.com pe portul 587 cu STARTTLS, cu o cutie poștală care are voie să trimită.
    .fix-3 = Direct send (către gazda MX fără autentificare) ajunge doar la destinatarii din domeniile dvs. acceptate; destinatarii externi au nevoie de una dintre cele două căi de mai sus. Verificați și că domeniul expeditorului este unul dintre domeniile acceptate.
