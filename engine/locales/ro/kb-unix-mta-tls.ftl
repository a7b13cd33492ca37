mta-tls-exim-cleartext-fallback = Sesiunea TLS a lui Exim a eșuat, așa că mesajul a fost livrat necriptat
    .cause = Negocierea TLS cu gazda de primire a eșuat (motivul apare în paranteze înainte de "delivering unencrypted"). Deoarece tls_tempfail_tryclear este implicit true și gazda nu se află în hosts_require_tls, Exim s-a reconectat și a trimis mesajul în clar; livrarea poate totuși eșua dacă partea la distanță cere TLS înainte de autentificare.
    .fix-1 = Remediați motivul afișat: pentru "certificate verification failed" verificați tls_verify_certificates (pachetul CA al sistemului) și lanțul de la distanță; Exim 4.93 și versiunile ulterioare verifică certificatele mai strict. Pentru erori OpenSSL vedeți regula TLS corespunzătoare.
    .fix-2 = Dacă e-mailurile către acea gazdă trebuie criptate, adăugați-o în hosts_require_tls al transportului smtp, astfel încât Exim să amâne livrarea în loc să trimită în clar.
    .fix-3 = Actualizați pachetul CA (ca-certificates) dacă certificatul de la distanță este valid, dar aici nu este de încredere.
mta-tls-version-too-low = Clientul conectat a oferit doar o versiune TLS sub minimul acestui server (clientul este prea vechi)
    .cause = OpenSSL pe partea de primire (Postfix smtpd, Exim, Dovecot) a respins salutul clientului, deoarece cea mai mare versiune suportată de client este sub minimul serverului; de obicei un client doar cu TLS 1.0/1.1 față de un server care cere TLS 1.2. Minimul vine din setările MTA-ului sau din openssl.cnf al sistemului (unele distribuții setează MinProtocol = TLSv1.2).
    .fix-1 = Identificați clientul din liniile vecine (connect from, rip=) și actualizați-l la TLS 1.2; aceasta este remedierea corectă.
    .fix-2 = Aflați unde este setat minimul: Postfix smtpd_tls_protocols și smtpd_tls_mandatory_protocols (postconf -n), Dovecot ssl_min_protocol, Exim openssl_options.
    .fix-3 = Dacă minimul vine din MinProtocol în /etc/ssl/openssl.cnf și trebuie să acceptați temporar un client vechi, setați tls_config_file = none în main.cf (Postfix 3.9, 3.8.1, 3.7.6, 3.6.10, 3.5.20 sau mai nou, OpenSSL 1.1.1b sau mai nou) și stabiliți versiunile în main.cf.
mta-tls-unsupported-protocol-inbound = TLS de intrare refuzat: versiunea TLS a clientului nu este activată pe acest server
    .cause = Serverul de primire (Postfix smtpd sau submission, Dovecot, Exim, Sendmail) nu a găsit o versiune de protocol comună cu clientul. De obicei clientul știe doar TLS 1.0/1.1, iar minimul serverului este TLS 1.2 (în main.cf sau în MinProtocol din openssl.cnf al distribuției); mai rar, lista serverului exclude versiunea dorită de client.
    .fix-1 = Găsiți clientul în liniile din jur (SSL_accept error from, lost connection after STARTTLS from) și actualizați-l la TLS 1.2.
    .fix-2 = Verificați smtpd_tls_protocols și smtpd_tls_mandatory_protocols cu postconf -n; forma recomandată este >=TLSv1.2, iar cu vechea sintaxă de excludere păstrați intervalul continuu. În Exim, minimul îl stabilesc openssl_options (+no_tlsv1 +no_tlsv1_1) și openssl.cnf.
    .fix-3 = Verificați MinProtocol în /etc/ssl/openssl.cnf: Postfix îl citește implicit (tls_config_file = default); cu tls_config_file = none decide doar main.cf.
mta-tls-unsupported-protocol-outbound = TLS de ieșire eșuat: serverul la distanță și clientul nostru nu au nicio versiune TLS comună
    .cause = La conectarea spre exterior, OpenSSL nu a putut conveni asupra unei versiuni cu serverul: serverul oferă doar versiuni sub minimul nostru (de exemplu un server vechi doar cu TLS 1.0) sau clientul nostru este limitat la versiuni dezactivate pe server.
    .fix-1 = Testați serverul: openssl s_client -starttls smtp -connect host:25 -tls1_2 (și -tls1 sau -tls1_1) pentru a vedea ce versiuni acceptă.
    .fix-2 = Postfix: verificați smtp_tls_protocols (TLS oportunist) și smtp_tls_mandatory_protocols (encrypt și peste); Exim: openssl_options; Sendmail: ClientSSLOptions.
    .fix-3 = Dacă serverul la distanță este partea veche, cereți proprietarului să activeze TLS 1.2; coborâți minimul nostru doar ca excepție pentru o singură destinație (protocols= în smtp_tls_policy_maps).
mta-tls-unsupported-protocol = TLS eșuat: nicio versiune de protocol comună cu partenerul
    .cause = OpenSSL a raportat că cele două părți nu au nicio versiune TLS comună. Doar din această linie nu se vede care parte este mai veche; liniile vecine arată asta (smtpd sau SSL_accept = un client s-a conectat la noi, smtp sau SSL_connect = ne-am conectat noi).
    .fix-1 = Găsiți partenerul în liniile din jur și testați-l cu openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-2 = Verificați smtpd_tls_protocols, smtp_tls_protocols și variantele lor _mandatory_, precum și MinProtocol în openssl.cnf.
    .fix-3 = Actualizați partea limitată la TLS 1.0/1.1.
mta-tls-alert-protocol-version = Partenerul a respins versiunea noastră TLS (alerta 70, protocol_version)
    .cause = Cealaltă parte a răspuns la salutul nostru cu alerta 70: nu acceptă versiunea oferită. Văzută de un client, partea veche este de obicei a noastră (doar TLS 1.0/1.1 activat, sau OpenSSL ori MTA vechi); Exchange Online, de exemplu, acceptă doar TLS 1.2 sau mai nou.
    .fix-1 = Verificați ce versiuni oferă partea noastră (Postfix smtp_tls_protocols, Exim openssl_options, setările TLS ale aplicației) și permiteți TLS 1.2.
    .fix-2 = Actualizați OpenSSL și MTA-ul sau clientul dacă nu pot folosi TLS 1.2.
    .fix-3 = Testați din nou cu openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-4 = Dacă a fost un test intenționat al unei versiuni vechi (openssl s_client -tls1 sau -tls1_1, swaks --tls-protocol) împotriva Exchange Online sau a altui server actual, acest refuz este rezultatul așteptat și sănătos; important este ca același test cu -tls1_2 să reușească.
mta-tls-no-protocols-available = TLS nu a putut porni: pe partea noastră nu a rămas nicio versiune de protocol activată
    .cause = OpenSSL a refuzat să înceapă negocierea deoarece configurația exclude toate versiunile pe care le suportă, de exemplu smtp_tls_protocols sau smtp_tls_mandatory_protocols exclud toate versiunile cunoscute de această compilare OpenSSL, sau MinProtocol din openssl.cnf este peste MaxProtocol.
    .fix-1 = Rulați postconf -n | grep protocols și asigurați-vă că rezultatul permite cel puțin TLS 1.2 (de ex. smtp_tls_protocols = >=TLSv1.2).
    .fix-2 = Verificați MinProtocol și MaxProtocol în /etc/ssl/openssl.cnf; cu tls_config_file = none Postfix le ignoră.
    .fix-3 = Actualizați OpenSSL dacă este prea vechi pentru TLS 1.2.
    .fix-4 = OpenSSL 3 refuză TLS 1.0 și 1.1 la nivelul de securitate implicit (1, iar pe Debian și Ubuntu 2), așa că un test al acestor versiuni (openssl s_client -tls1 sau -tls1_1) se termină cu această eroare înainte de a trimite ceva: nu spune nimic despre server. Pentru a le testa, adăugați -cipher 'DEFAULT@SECLEVEL=0'.
mta-tls-wrong-version-number = SMTP simplu și TLS amestecate pe aceeași conexiune (port greșit sau mod wrapper)
    .cause = O parte a vorbit SMTP simplu, iar cealaltă aștepta o înregistrare TLS, așa că OpenSSL a citit text ca număr de versiune. Cazuri tipice: un client care folosește STARTTLS pe portul 465, unde se așteaptă TLS implicit, sau TLS implicit pe portul 587 ori 25; pe un server smtps (465), "unknown protocol" și "wrong version number" înseamnă că clientul nu a început cu TLS.
    .fix-1 = Postfix ca client pe portul 465: relayhost = [smtp.example.com]:465 cu smtp_tls_wrappermode = yes și smtp_tls_security_level = encrypt; sau folosiți portul 587 cu STARTTLS.
    .fix-2 = Postfix ca server: TLS implicit doar pe serviciul smtps sau submissions din master.cf (-o smtpd_tls_wrappermode=yes) și STARTTLS pe 25 și 587; spuneți clienților ce port folosește ce mod.
    .fix-3 = Verificați dacă un firewall sau un proxy termină ori modifică TLS pe acel port.
mta-tls-no-shared-cipher = Nicio suită de cifrare comună cu clientul
    .cause = Serverul (Postfix smtpd, Dovecot, Exim) nu a găsit o suită de cifrare pe care să o poată folosi cu lista clientului. Fie listele nu se intersectează (serverul a păstrat doar suite moderne, clientul le știe doar pe cele vechi), fie serverul nu are un certificat și o cheie utilizabile pentru suitele oferite: un certificat lipsă sau ilizibil produce și el această eroare.
    .fix-1 = Verificați că certificatul și cheia serverului sunt configurate și lizibile: Postfix smtpd_tls_cert_file și smtpd_tls_key_file (sau smtpd_tls_chain_files), Dovecot ssl_cert și ssl_key.
    .fix-2 = Revizuiți setările de cifrare: Postfix smtpd_tls_mandatory_ciphers, smtpd_tls_exclude_ciphers și tls_medium_cipherlist; Dovecot ssl_cipher_list; Exim tls_require_ciphers.
    .fix-3 = Identificați clientul (rip=, connect from) și actualizați-l dacă oferă doar suite învechite.
mta-tls-alert-handshake-failure = Partenerul a întrerupt negocierea cu alerta 40 (handshake_failure)
    .cause = Partea la distanță nu a găsit nimic acceptabil în salutul nostru: nicio suită de cifrare, algoritm de semnătură sau curbă comună, ori cerea un certificat de client pe care nu l-am trimis. Când suntem client, lista noastră de cifrări este de obicei prea îngustă sau prea veche pentru server.
    .fix-1 = Testați serverul cu openssl s_client -starttls smtp -connect host:25 -tls1_2 și comparați suitele lui cu ale noastre.
    .fix-2 = Client Postfix: relaxați smtp_tls_mandatory_ciphers sau smtp_tls_exclude_ciphers pentru acea destinație (ciphers= în smtp_tls_policy_maps); Exim: tls_require_ciphers.
    .fix-3 = Actualizați OpenSSL dacă îi lipsesc suitele moderne (ECDHE, AES-GCM) cerute de partener.
mta-tls-alert-unknown-ca = Partenerul nu are încredere în CA care a emis certificatul trimis de noi (alerta 48)
    .cause = Cealaltă parte nu a putut lega certificatul nostru de o rădăcină de încredere: certificatul este autosemnat sau de la o CA privată, ori certificatele intermediare nu sunt trimise. În jurnalul smtpd înseamnă că clientul conectat a respins certificatul nostru de server.
    .fix-1 = Verificați ce trimitem: openssl s_client -starttls smtp -connect our.host:25 -showcerts.
    .fix-2 = Furnizați lanțul complet: smtpd_tls_cert_file trebuie să conțină certificatul urmat de intermediare (fullchain.pem), sau folosiți smtpd_tls_chain_files; la fel pentru Exim tls_certificate.
    .fix-3 = Pentru serviciile expuse la internet folosiți un certificat de la o CA publică.
mta-tls-alert-certificate-expired = Partenerul spune că certificatul trimis de noi a expirat (alerta 45)
    .cause = Cealaltă parte a respins certificatul nostru pentru că a trecut de data de expirare (sau ceasul partenerului este greșit). Certificatul de server sau de client configurat pe acest MTA trebuie reînnoit.
    .fix-1 = Verificați datele: openssl x509 -in /path/to/cert.pem -noout -dates pentru fișierul din smtpd_tls_cert_file, smtp_tls_cert_file sau Exim tls_certificate.
    .fix-2 = Reînnoiți certificatul (de ex. certbot renew) și asigurați-vă că MTA-ul indică fișierul reînnoit.
    .fix-3 = Reîncărcați serviciul (postfix reload sau reporniți Exim ori Dovecot) pentru a folosi noul certificat.
mta-tls-alert-bad-certificate = Partenerul a respins certificatul prezentat de noi (alerta 42 sau 46)
    .cause = Cealaltă parte a refuzat certificatul nostru ca defect (42) sau inacceptabil dintr-un motiv nespecificat (46): nume de gazdă greșit, emitent autosemnat sau neîncrezut, lanț incomplet sau un certificat de client neașteptat.
    .fix-1 = Verificați certificatul nostru așa cum îl vede partenerul: openssl s_client -starttls smtp -connect our.host:25 -showcerts (sau -connect our.host:993 pentru IMAPS).
    .fix-2 = Asigurați-vă că certificatul acoperă numele folosite de clienți (nume alternative ale subiectului) și că lanțul este complet (fișierul fullchain).
    .fix-3 = Pentru Dovecot care servește mai multe domenii, configurați câte un certificat pentru fiecare nume în blocuri local_name, astfel încât fiecare client să primească un certificat potrivit.
mta-tls-unable-to-get-local-issuer = Lanțul certificatului partenerului nu poate fi completat din depozitul CA local
    .cause = Validarea nu a găsit emitentul certificatului partenerului printre certificatele CA de încredere de pe această gazdă: pachetul CA local lipsește, este învechit sau neconfigurat, ori partenerul își trimite certificatul fără intermediar.
    .fix-1 = Indicați clientului pachetul CA al sistemului: Postfix smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (sau smtp_tls_CApath); Exim tls_verify_certificates = system.
    .fix-2 = Actualizați pachetul CA (ca-certificates) pe această gazdă.
    .fix-3 = Verificați lanțul partenerului cu openssl s_client -starttls smtp -connect host:25 -showcerts; dacă lipsește intermediarul, partenerul trebuie să-și repare serverul.
mta-tls-certificate-verify-failed = Certificatul partenerului nu a trecut verificarea în timpul negocierii
    .cause = OpenSSL a întrerupt negocierea deoarece certificatul partenerului nu a putut fi verificat (emitent neîncrezut, expirat sau nume greșit), iar configurația locală cere verificare pentru această destinație.
    .fix-1 = Aflați motivul: openssl s_client -starttls smtp -connect host:25 -verify_return_error -CAfile /etc/ssl/certs/ca-certificates.crt.
    .fix-2 = Asigurați-vă că este configurat un pachet CA actual (smtp_tls_CAfile sau Exim tls_verify_certificates).
    .fix-3 = Dacă certificatul partenerului este de vină, partenerul trebuie să-l repare; pentru un partener intern cunoscut acordați încredere explicită CA-ului său în loc să dezactivați verificarea.
mta-tls-unexpected-eof = Partenerul a închis conexiunea în mijlocul negocierii TLS
    .cause = OpenSSL 3 raportează "unexpected eof while reading" când cealaltă parte închide conexiunea TCP fără o alertă TLS: partenerul a respins tacit versiunea, cifrarea sau certificatul nostru, un client sau un scaner a renunțat, ori un firewall a tăiat sesiunea.
    .fix-1 = Dacă vine de la multe gazde fără legătură, de obicei sunt scanere și poate fi ignorat.
    .fix-2 = Dacă este afectat un partener real, testați-l cu openssl s_client -starttls smtp -connect host:25 și întrebați partenerul de ce a închis conexiunea.
    .fix-3 = Verificați firewall-urile sau IPS-urile dintre gazde pentru inspecție SMTP care interferează cu STARTTLS.
mta-tls-certificate-file-missing = Un fișier de certificat, cheie sau CA configurat pentru TLS nu poate fi deschis
    .cause = OpenSSL nu a putut deschide un fișier numit în setările TLS (calea apare în partea fopen a mesajului). Procesul rulează atunci fără TLS: STARTTLS nu este nici oferit, nici folosit, iar livrările care cer TLS eșuează.
    .fix-1 = Comparați calea din mesaj cu setările de fișiere TLS (smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_CAfile, smtp_tls_cert_file, smtp_tls_CAfile) afișate de postconf -n.
    .fix-2 = Asigurați-vă că fișierul există și poate fi citit, iar reînnoirile de certificat scriu în aceeași cale.
    .fix-3 = Rulați postfix reload și verificați că avertismentul "disabling TLS support" a dispărut.
    .fix-4 = La Exim, fișierele sunt tls_certificate și tls_privatekey din configurația principală; utilizatorul Exim (Debian-exim pe Debian și Ubuntu) trebuie să le poată citi pe amândouă, lucru verificat cu sudo -u Debian-exim cat <file> > /dev/null.
mta-tls-library-problem = OpenSSL a raportat o problemă TLS (motivul urmează după codul de eroare)
    .cause = Postfix înregistrează fiecare eroare OpenSSL ca "TLS library problem". Textul de după codul de eroare (de exemplu "system lib", "no such file", "version too low") este motivul real; această explicație generală se aplică atunci când nu s-a potrivit nicio regulă mai precisă. "system lib" indică o problemă de fișier sau de permisiuni în configurația TLS.
    .fix-1 = Citiți motivul și linia Postfix de chiar dinainte (SSL_accept error from, SSL_connect error to) pentru a vedea partenerul și direcția implicate.
    .fix-2 = Pentru motive legate de fișiere verificați căile certificatului, cheii și CA din main.cf (postconf -n | grep tls) și permisiunile lor.
    .fix-3 = Pentru motive legate de negociere testați partenerul cu openssl s_client -starttls smtp -connect host:25 și ridicați temporar smtpd_tls_loglevel sau smtp_tls_loglevel la 1 sau 2.
mta-tls-postfix-invalid-protocol-list = Postfix și-a respins lista de protocoale TLS și a dezactivat TLS
    .cause = O valoare smtpd_tls_protocols, smtp_tls_protocols sau mandatory_protocols conține nume pe care această versiune Postfix nu le cunoaște (Postfix înainte de 2.10 nu recunoaște TLSv1.1 și TLSv1.2), așa că Postfix dezactivează complet TLS.
    .fix-1 = Folosiți nume acceptate de Postfix-ul dumneavoastră; pe versiuni vechi scrieți forma cu excluderi (de ex. !SSLv2, !SSLv3) în loc să enumerați TLSv1.1 și TLSv1.2.
    .fix-2 = Mai bine actualizați Postfix și folosiți smtpd_tls_protocols = >=TLSv1.2 (sintaxa de interval, Postfix 3.6 și mai nou).
    .fix-3 = Rulați postfix reload și verificați că avertismentul a dispărut și STARTTLS este oferit din nou.
mta-tls-postfix-tls-disabled = Postfix a dezactivat TLS pentru că nu a putut încărca un fișier de certificat, cheie sau CA
    .cause = La pornirea procesului smtp sau smtpd, Postfix nu a putut încărca materialul TLS configurat și a dezactivat TLS pentru acel proces. STARTTLS de intrare nu mai este oferit, iar e-mailurile spre serverele care cer TLS eșuează (de exemplu 530 5.7.0 Must issue a STARTTLS command first).
    .fix-1 = Verificați fișierul numit în avertisment și liniile "TLS library problem" care urmează (postconf -n | grep tls).
    .fix-2 = Corectați calea sau permisiunile, ori eliminați o setare nefolosită precum smtp_tls_cert_file, apoi rulați postfix reload.
    .fix-3 = Confirmați cu openssl s_client -starttls smtp -connect localhost:25 că STARTTLS funcționează din nou.
    .fix-4 = „No server certs available. TLS won't be enabled” înseamnă că smtpd trebuie să ofere TLS, dar nu e configurat niciun certificat de server: setați smtpd_tls_chain_files (sau smtpd_tls_cert_file și smtpd_tls_key_file).
mta-tls-postfix-context-init-failed = Postfix nu a putut inițializa TLS și a abandonat o conexiune în mod wrapper (smtps)
    .cause = Un client s-a conectat la serviciul cu TLS implicit (smtps sau submissions), dar smtpd nu și-a putut inițializa contextul TLS, așa că conexiunea a fost abandonată. Motivul real se află în avertismentele anterioare, de exemplu o listă de protocoale invalidă sau un certificat ilizibil.
    .fix-1 = Citiți avertismentele înregistrate chiar înaintea acestei linii (Invalid TLS protocol list, cannot load certificate) și corectați setarea respectivă.
    .fix-2 = Verificați intrarea smtps sau submissions din master.cf (-o smtpd_tls_wrappermode=yes) și setările de certificat pe care le moștenește.
    .fix-3 = Rulați postfix reload și testați cu openssl s_client -connect host:465.
mta-tls-postfix-required-not-offered = TLS este obligatoriu pentru această destinație, dar serverul nu oferă STARTTLS
    .cause = Politica noastră pentru această destinație este encrypt sau mai strictă (smtp_tls_security_level sau smtp_tls_policy_maps), dar răspunsul EHLO al serverului de primire nu conține STARTTLS, așa că Postfix amână mesajul (4.7.4) în loc să-l trimită în clar.
    .fix-1 = Verificați EHLO-ul de la distanță cu posttls-finger host sau cu telnet host 25 urmat de EHLO și căutați STARTTLS.
    .fix-2 = Cereți administratorului de la distanță să activeze STARTTLS; un firewall care elimină STARTTLS (SMTP fixup) produce același simptom.
    .fix-3 = Dacă trimiterea în clar este acceptabilă pentru acea destinație, coborâți intrarea ei din smtp_tls_policy_maps la may și rulați postmap pe tabel.
mta-tls-postfix-required-refused = TLS este obligatoriu, dar serverul la distanță a refuzat comanda STARTTLS
    .cause = Serverul a anunțat STARTTLS, dar a răspuns la comanda STARTTLS cu o eroare (răspunsul său este adăugat la final, de ex. 454 4.7.0 TLS not available due to local problem). Deoarece politica noastră pentru destinație este encrypt sau mai strictă, Postfix amână mesajul.
    .fix-1 = Citiți răspunsul adăugat: "TLS not available due to local problem" înseamnă că propria configurație TLS a serverului la distanță este defectă (nu își poate încărca certificatul sau cheia).
    .fix-2 = Trimiteți textul răspunsului administratorului de la distanță; pe partea noastră nu trebuie schimbat nimic.
    .fix-3 = Dacă politica permite, setați temporar acea destinație la may în smtp_tls_policy_maps, ca e-mailurile să circule necriptat până la remediere.
mta-tls-postfix-engine-unavailable = TLS este obligatoriu, dar motorul TLS propriu al Postfix nu a pornit
    .cause = Destinația cere TLS (encrypt sau mai strict), dar clientul smtp nu are un context TLS funcțional, de obicei pentru că un fișier de certificat, cheie sau CA nu s-a încărcat sau lista de protocoale este invalidă. Postfix amână (4.7.5) în loc să trimită în clar.
    .fix-1 = Căutați în jurnal avertismentele scrise la pornirea procesului smtp (disabling TLS support, TLS library problem) și corectați fișierul sau setarea indicată.
    .fix-2 = Verificați setările smtp_tls_ cu postconf -n, apoi rulați postfix reload.
    .fix-3 = După ce TLS funcționează, goliți coada amânată cu postqueue -f.
mta-tls-postfix-required-unavailable = TLS este obligatoriu, dar indisponibil dintr-un motiv necunoscut
    .cause = Este mesajul de rezervă al Postfix când TLS este obligatoriu pentru destinație și nu se aplică nici "not offered", nici "engine unavailable"; Postfix scrie și "don't know why". Situația este rară și indică o configurație neobișnuită sau un defect.
    .fix-1 = Ridicați smtp_tls_loglevel la 2 și reîncercați livrarea pentru a înregistra tot dialogul TLS.
    .fix-2 = Verificați intrarea smtp_tls_policy_maps a destinației și versiunea Postfix; actualizați o versiune veche.
    .fix-3 = Trimiteți jurnalul pe lista de discuții a utilizatorilor Postfix dacă motivul rămâne neclar.
mta-tls-postfix-server-certificate-rejected = Certificatul serverului la distanță nu a trecut politica noastră TLS verify sau secure
    .cause = TLS s-a stabilit, dar nivelul politicii destinației este verify, secure sau mai strict, iar certificatul serverului nu era de încredere (niciun lanț spre o CA din smtp_tls_CAfile sau smtp_tls_CApath) ori nu corespundea numelor așteptate, așa că Postfix amână cu 4.7.5.
    .fix-1 = Examinați certificatul cu posttls-finger host sau openssl s_client -starttls smtp -connect host:25 -showcerts.
    .fix-2 = Pentru "not trusted" setați smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (sau CA-ul partenerului); pentru "not verified" verificați numele de potrivire ale politicii (match= în smtp_tls_policy_maps, smtp_tls_secure_cert_match).
    .fix-3 = Dacă certificatul partenerului este greșit, partenerul trebuie să-l corecteze; coborârea politicii la encrypt păstrează criptarea fără autentificare.
mta-tls-postfix-cannot-start-tls = Negocierea TLS cu serverul la distanță a eșuat (Cannot start TLS)
    .cause = Postfix a trimis STARTTLS, dar negocierea a eșuat; motivul se află în liniile anterioare "SSL_connect error" și "TLS library problem". Cu smtp_tls_security_level = may, Postfix reîncearcă același server în clar la o încercare ulterioară (doar dacă nu se aplică o parolă SASL și mesajul a așteptat cel puțin minimal_backoff_time); cu encrypt sau mai strict continuă să amâne.
    .fix-1 = Citiți linia TLS library problem înregistrată chiar înainte pentru motivul exact OpenSSL și urmați regula respectivă.
    .fix-2 = Testați serverul: openssl s_client -starttls smtp -connect host:25 (adăugați -tls1_2 pentru a testa o versiune).
    .fix-3 = Pentru a opri bucla pentru o destinație defectă, ajustați intrarea ei din smtp_tls_policy_maps (protocols=, ciphers= sau none dacă trimiterea în clar este acceptabilă) și rulați postmap.
mta-tls-postfix-ssl-accept-error = Negocierea TLS a unui client cu acest server a eșuat (SSL_accept error)
    .cause = Un client a trimis STARTTLS (sau s-a conectat la smtps), dar negocierea nu s-a încheiat. "-1" înseamnă că OpenSSL a raportat o eroare, explicată de următoarea linie "TLS library problem"; "Connection timed out" sau "lost connection" înseamnă că clientul s-a blocat sau a renunțat, adesea din cauza unui firewall, a unei probleme de MTU sau a unui client care a abandonat.
    .fix-1 = Citiți motivul în linia TLS library problem care urmează.
    .fix-2 = Pentru expirări de timp verificați firewall-urile sau IPS-urile cu inspecție SMTP și MTU-ul traseului dintre gazde.
    .fix-3 = Eșecurile ocazionale de la gazde necunoscute sunt de obicei scanere; acționați când este afectat un partener cunoscut.
mta-tls-postfix-ssl-connect-error = Negocierea noastră TLS cu serverul la distanță a eșuat (SSL_connect error)
    .cause = Postfix s-a conectat și a trimis STARTTLS, dar negocierea a eșuat. "-1" înseamnă că OpenSSL a raportat o eroare, explicată de linia "TLS library problem" care urmează; "Connection reset by peer" sau "lost connection" înseamnă că partea la distanță a închis conexiunea.
    .fix-1 = Citiți motivul exact în linia TLS library problem care urmează.
    .fix-2 = Testați serverul: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-3 = O resetare imediat după salutul nostru înseamnă adesea că partea la distanță respinge versiunea TLS sau cifrările noastre; comparați smtp_tls_protocols și smtp_tls_mandatory_ciphers cu ce suportă aceasta.
mta-tls-postfix-lost-after-starttls = Un client s-a deconectat imediat după STARTTLS, înainte de încheierea negocierii
    .cause = Clientul a trimis STARTTLS, apoi conexiunea s-a încheiat fără o negociere completă. Liniile anterioare spun de obicei de ce: unsupported protocol sau version too low (clientul este prea vechi), no shared cipher sau un certificat respins de client.
    .fix-1 = Căutați chiar înainte liniile SSL_accept error și TLS library problem cu același ID de proces.
    .fix-2 = Dacă clientul este un expeditor real (de exemplu serverul de ieșire al unui furnizor), comparați versiunile sale TLS cu smtpd_tls_protocols și MinProtocol din openssl.cnf al sistemului.
    .fix-3 = Evenimentele repetate de la gazde necunoscute sunt de obicei scanere.
    .fix-4 = „timeout after STARTTLS” este același eșec, de la un client care a încetat să răspundă în timpul negocierii în loc să închidă conexiunea: o cauză frecventă este un firewall care aruncă pachetele TLS mai mari (MTU, inspecție SMTP).
mta-tls-legacy-version-negotiated = O sesiune TLS 1.0 sau 1.1 a fost negociată cu acest partener
    .cause = Conexiunea a reușit, dar cu o versiune de protocol învechită. Funcționează azi, dar se va strica imediat ce una dintre părți, sau un partener precum Exchange Online care acceptă doar TLS 1.2, își ridică minimul.
    .fix-1 = Identificați partenerul din linie și cereți proprietarului să activeze TLS 1.2.
    .fix-2 = Verificați că partea noastră oferă TLS 1.2 (smtp_tls_protocols, smtpd_tls_protocols) și că OpenSSL este suficient de nou.
    .fix-3 = După actualizarea partenerilor ridicați minimul: smtp_tls_protocols = >=TLSv1.2 și smtpd_tls_protocols = >=TLSv1.2.
mta-tls-sendmail-legacy-version = Sendmail a negociat TLS 1.0 sau 1.1 cu acest partener
    .cause = Linia STARTTLS arată protocolul sesiunii (version=TLSv1 înseamnă TLS 1.0). Mesajul a trecut, dar printr-un protocol învechit pe care Exchange Online și majoritatea furnizorilor mari nu îl mai acceptă, deci va eșua de îndată ce una dintre părți își ridică versiunea minimă.
    .fix-1 = Găsiți partenerul în relay= și cereți administratorului său să activeze TLS 1.2 (pentru Windows sau Exchange: TLS 1.2 în SCHANNEL și .NET, apoi o repornire).
    .fix-2 = Verificați că Sendmail-ul nostru este legat de un OpenSSL cu TLS 1.2 (sendmail -d0.1 arată compilarea; OpenSSL 1.0.1 sau mai nou) și că ServerSSLOptions/ClientSSLOptions nu dezactivează TLS 1.2.
    .fix-3 = După ce partenerii au actualizat, refuzați versiunile vechi: adăugați indicatorii SSL_OP_NO_TLSv1 și SSL_OP_NO_TLSv1_1 la ServerSSLOptions și ClientSSLOptions sau setați MinProtocol = TLSv1.2 în configurația OpenSSL încărcată de Sendmail.
mta-tls-exim-legacy-version = Exim a negociat TLS 1.0 sau 1.1 cu acest partener
    .cause = Câmpul X= al liniei de jurnal (selectorul de jurnal tls_cipher) începe cu protocolul sesiunii: TLS1 sau TLS1.0 înseamnă TLS 1.0, TLS1.1 înseamnă TLS 1.1. Mesajul a fost livrat sau primit, dar printr-un protocol învechit care nu va mai funcționa de îndată ce una dintre părți își ridică versiunea minimă.
    .fix-1 = Găsiți partenerul în H= și cereți administratorului său să activeze TLS 1.2 (pentru Windows sau Exchange: TLS 1.2 în SCHANNEL și .NET, apoi o repornire).
    .fix-2 = Verificați că Exim-ul nostru oferă TLS 1.2: exim -bV arată biblioteca TLS; openssl_options nu trebuie să conțină +no_tlsv1_2 (compilări GnuTLS: tls_require_ciphers trebuie să permită VERS-TLS1.2).
    .fix-3 = După ce partenerii au actualizat, refuzați versiunile vechi: openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 (compilări GnuTLS: adăugați -VERS-TLS1.0:-VERS-TLS1.1 la tls_require_ciphers).
mta-tls-exim-required-not-offered = Exim cere TLS pentru această gazdă, dar serverul nu oferă STARTTLS
    .cause = Gazda este listată în hosts_require_tls al transportului smtp, dar răspunsul ei EHLO nu conține STARTTLS, așa că Exim amână livrarea în loc să trimită în clar.
    .fix-1 = Verificați EHLO-ul de la distanță (telnet host 25, apoi EHLO) pentru STARTTLS; un firewall care îl elimină dă același rezultat.
    .fix-2 = Cereți administratorului de la distanță să activeze STARTTLS.
    .fix-3 = Dacă trimiterea în clar este acceptabilă pentru acea gazdă, scoateți-o din hosts_require_tls.
mta-tls-exim-required-failed = Exim cere TLS pentru această gazdă, dar negocierea TLS a eșuat
    .cause = Gazda se află în hosts_require_tls și a oferit STARTTLS, dar negocierea a eșuat, așa că Exim amână; pentru astfel de gazde nu trece niciodată la trimitere în clar. Motivul se află în linia de jurnal anterioară "TLS session" sau "TLS error".
    .fix-1 = Găsiți motivul OpenSSL în linia de jurnal anterioară și urmați regula TLS corespunzătoare.
    .fix-2 = Comparați openssl_options (de ex. +no_tlsv1 +no_tlsv1_1) și tls_require_ciphers cu ce suportă partea la distanță.
    .fix-3 = Testați cu openssl s_client -starttls smtp -connect host:25.
mta-tls-exim-accept-error = Negocierea TLS a unui client cu Exim a eșuat (TLS error on connection from)
    .cause = Exim ca server nu a putut finaliza TLS cu gazda conectată; textul de după (SSL_accept) este motivul, de ex. "timed out" când clientul s-a blocat, sau o eroare OpenSSL.
    .fix-1 = Citiți motivul de după (SSL_accept); pentru erori OpenSSL vedeți regula TLS corespunzătoare.
    .fix-2 = Verificați setările de server tls_certificate, tls_privatekey, tls_require_ciphers și openssl_options din configurația principală.
    .fix-3 = Expirările de timp de la gazde necunoscute sunt de obicei scanere; pentru un client cunoscut verificați firewall-urile cu inspecție SMTP.
mta-tls-exim-connect-error = Negocierea TLS de ieșire a lui Exim a eșuat (SSL_connect)
    .cause = Exim a trimis STARTTLS gazdei la distanță, dar negocierea a eșuat; textul de după (SSL_connect) este motivul (timed out sau o eroare OpenSSL). Cu tls_tempfail_tryclear (implicit true) și gazda neaflată în hosts_require_tls, Exim reîncearcă apoi în clar.
    .fix-1 = Citiți motivul de după (SSL_connect) și urmați regula TLS corespunzătoare.
    .fix-2 = Verificați opțiunile transportului smtp tls_require_ciphers, openssl_options și tls_verify_certificates.
    .fix-3 = Testați cu openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-sendmail-handshake-failed = Negocierea STARTTLS a lui Sendmail cu serverul la distanță a eșuat (403 4.7.0)
    .cause = ruleset=tls_server cu arg1=SOFTWARE înseamnă că a eșuat chiar negocierea STARTTLS (rezultatul verificării este SOFTWARE). Sendmail nu trece la trimitere în clar, așa că mesajul este amânat cu 403 4.7.0 TLS handshake failed și reîncercat, adesea până expiră.
    .fix-1 = Citiți linia de eroare STARTTLS=client înregistrată chiar înainte pentru motivul OpenSSL.
    .fix-2 = Pentru a nu mai folosi STARTTLS cu un partener defect, adăugați Try_TLS:<server name> NO în /etc/mail/access (folosiți numele relay din jurnal, nu domeniul destinatarului), reconstruiți tabelul (make -C /etc/mail) și reporniți sendmail.
    .fix-3 = Pe termen lung aliniați CipherList și ClientSSLOptions cu ce suportă partenerul; se aplică și openssl.cnf al sistemului.
mta-tls-sendmail-client-connect-failed = Sendmail nu a putut finaliza TLS ca client (STARTTLS=client connect failed)
    .cause = Negocierea STARTTLS de ieșire a lui Sendmail a eșuat. SSL_error=5 (SSL_ERROR_SYSCALL) cu connect failed=0 înseamnă de obicei că partea la distanță a închis conexiunea în timpul negocierii, adesea pentru că a respins versiunea noastră TLS sau lista de cifrări.
    .fix-1 = Testați partenerul: openssl s_client -starttls smtp -connect relay:25 -tls1_2.
    .fix-2 = Revizuiți CipherList și ClientSSLOptions în sendmail.mc sau sendmail.cf, precum și openssl.cnf al sistemului.
    .fix-3 = Pentru un singur partener defect adăugați Try_TLS:<relay> NO în tabelul access și reconstruiți-l.
mta-tls-sendmail-server-accept-failed = Negocierea STARTTLS a unui client cu Sendmail a eșuat (STARTTLS=server accept failed)
    .cause = Sendmail ca server nu a putut finaliza TLS cu clientul; câmpul reason= (în versiunile noi) sau valorile SSL_error și errno arată motivul. SSL_error=5 cu errno=0 înseamnă că clientul a închis conexiunea în timpul negocierii.
    .fix-1 = Ridicați temporar LogLevel peste 9, astfel încât Sendmail să înregistreze coada de erori OpenSSL pentru aceste eșecuri.
    .fix-2 = Verificați ServerCertFile, ServerKeyFile și CACertFile, precum și setările CipherList și ServerSSLOptions.
    .fix-3 = Pentru un client care nu poate folosi TLS cu dumneavoastră, adăugați Srv_Features:<client> S în tabelul access, ca să nu i se mai ofere STARTTLS.
mta-tls-sendmail-write-error = Conexiunea TLS a lui Sendmail s-a rupt la scriere (STARTTLS: write error)
    .cause = O sesiune TLS a fost stabilită, dar scrierea în ea a eșuat; errno=104 (connection reset by peer) cu ssl_err=5 înseamnă că cealaltă parte sau un dispozitiv intermediar a resetat conexiunea.
    .fix-1 = Verificați dacă partenerul, un firewall sau un IPS întrerupe sesiunile TLS lungi sau mesajele mari.
    .fix-2 = Dacă se întâmplă doar cu un partener, testați TLS-ul acestuia și contactați-i administratorul.
mta-tls-mdaemon-unsupported-function = TLS-ul unui server de e-mail Windows a eșuat cu 0x80090302: nicio versiune TLS comună
    .cause = 0x80090302 este SEC_E_UNSUPPORTED_FUNCTION din Schannel, pe care Schannel îl returnează pentru alerta TLS 70 (protocol_version): cele două părți nu au nicio versiune TLS activată în comun. Pe un server Windows mai vechi înseamnă de obicei că TLS 1.2 nu este activat pentru partea de client sau de server.
    .fix-1 = Activați TLS 1.2 în SCHANNEL: DisabledByDefault = 0 și Enabled = 1 în TLS 1.2\Client și TLS 1.2\Server (fișierul .reg de mai jos), apoi reporniți.
    .fix-2 = Actualizați software-ul serverului de e-mail astfel încât să folosească suportul TLS 1.2 al sistemului de operare.
    .fix-3 = Verificați versiunile partenerului cu openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-postfix-peer-certificate-dates = Certificatul celeilalte părți a expirat sau nu este încă valabil
    .cause = Postfix a verificat certificatul prezentat de cealaltă parte (pentru că politica pentru această destinație este verify, secure sau dane ori s-a cerut un certificat de client), iar perioada lui de valabilitate nu cuprinde momentul actual: certificatul sau un certificat CA din lanț a expirat ori nu este încă valabil. „Nu este încă valabil” înseamnă de obicei că ceasul uneia dintre părți este greșit. Mesajul este amânat.
    .fix-1 = Vedeți datele trimise de cealaltă parte: openssl s_client -starttls smtp -connect <host>:25 -showcerts, apoi openssl x509 -noout -dates pentru fiecare certificat.
    .fix-2 = Dacă certificatul a expirat, proprietarul trebuie să-l reînnoiască (și să instaleze noul certificat intermediar); anunțați administratorul celeilalte părți.
    .fix-3 = Pentru „not yet valid”, verificați ceasul acestui server și sincronizarea orei (timedatectl, chronyc tracking).
mta-tls-postfix-peer-certificate-untrusted = Certificatul celeilalte părți nu a putut fi verificat (emitent neîncrezut, autosemnat sau altă eroare de verificare)
    .cause = Postfix a verificat certificatul prezentat de cealaltă parte, pentru că politica pentru această destinație este verify, secure sau dane (smtp_tls_security_level, smtp_tls_policy_maps) ori s-a cerut un certificat de client, și nu l-a putut considera de încredere: este autosemnat, emitentul lui nu se află printre certificatele CA folosite de acest Postfix, nu corespunde înregistrărilor TLSA sau politicii locale, ori OpenSSL a raportat altă eroare (num= dă codul ei, de exemplu hostname mismatch). Livrarea este amânată cu „Server certificate not verified”.
    .fix-1 = Vedeți lanțul trimis de cealaltă parte: openssl s_client -starttls smtp -connect <host>:25 -showcerts -verify_return_error.
    .fix-2 = Dacă emitentul este o autoritate publică sau a companiei în care trebuie să aveți încredere, adăugați-o în smtp_tls_CAfile sau smtp_tls_CApath (ori instalați pachetul de CA al sistemului) și rulați postfix reload.
    .fix-3 = Dacă cealaltă parte trimite un lanț autosemnat sau incomplet, cereți administratorului ei să instaleze un certificat corect cu intermediarele; până atunci, dacă regulile permit, coborâți politica pentru acea destinație în smtp_tls_policy_maps (encrypt în loc de verify).
mta-tls-key-certificate-mismatch = Cheia privată TLS nu aparține certificatului
    .cause = OpenSSL a comparat cheia privată configurată cu cheia publică din certificatul configurat și ele diferă („key values mismatch”). De obicei, la reînnoire s-a înlocuit certificatul, dar nu și cheia (sau invers), ori două setări indică fișierele unor certificate diferite. MTA-ul nu poate folosi această pereche, așa că nu oferă STARTTLS sau negocierea eșuează.
    .fix-1 = Comparați cele două chei publice: openssl x509 -noout -pubkey -in <certificate> | sha256sum și openssl pkey -pubout -in <key> | sha256sum trebuie să afișeze aceeași valoare.
    .fix-2 = Îndreptați setările spre perechea potrivită (Postfix smtpd_tls_cert_file și smtpd_tls_key_file sau smtpd_tls_chain_files; Exim tls_certificate și tls_privatekey; Sendmail confSERVER_CERT și confSERVER_KEY), apoi reîncărcați MTA-ul.
mta-tls-dh-key-too-small = Cealaltă parte a oferit parametri Diffie-Hellman prea mici pentru acest OpenSSL (dh key too small)
    .cause = Cealaltă parte a ales un schimb de chei DHE cu un număr prim mai mic decât acceptă acest OpenSSL (OpenSSL 3 la nivelul de securitate 2, implicit pe Debian 12 și distribuțiile actuale, refuză DH sub 2048 de biți; nivelul 1 refuză sub 1024). Cealaltă parte este un server vechi sau prost configurat, de regulă încă cu parametri DH de 1024 de biți (sau de 512, de export), așa că negocierea eșuează.
    .fix-1 = Cereți administratorului celeilalte părți să folosească parametri DH de cel puțin 2048 de biți sau să prefere schimbul de chei ECDHE (la Postfix: smtpd_tls_dh1024_param_file cu un fișier de 2048 de biți sau valoarea implicită integrată de 2048 de biți a versiunilor actuale de Postfix).
    .fix-2 = Până atunci, mesajele către acea parte trec doar dacă TLS este opțional pentru ea (smtp_tls_security_level may, care după eșec trece la text clar) ori printr-o excepție pentru acea destinație în smtp_tls_policy_maps fără cifrurile DHE; nu coborâți nivelul de securitate pentru toate destinațiile.
mta-tls-unsafe-legacy-renegotiation = Cealaltă parte nu suportă renegocierea securizată cerută de OpenSSL 3 (unsafe legacy renegotiation disabled)
    .cause = OpenSSL 3 nu se mai conectează la serverele fără extensia de indicare a renegocierii TLS din RFC 5746 (a scos SSL_OP_LEGACY_SERVER_CONNECT din valorile implicite). Stiva TLS a celeilalte părți este veche sau neactualizată (de dinainte de 2010 ori un echipament care n-a primit niciodată corecția), așa că negocierea este întreruptă.
    .fix-1 = Rezolvarea durabilă este la cealaltă parte: administratorul ei trebuie să actualizeze software-ul TLS sau firmware-ul ca să suporte RFC 5746.
    .fix-2 = Doar pentru acea destinație, o configurație OpenSSL cu Options = UnsafeLegacyServerConnect în secțiunea SSL readuce vechiul comportament; cântăriți riscul și nu o puneți în openssl.cnf-ul întregului sistem.
mta-tls-remote-tls-unavailable = Serverul de la distanță a refuzat STARTTLS: propriul lui TLS nu funcționează
    .cause = Serverul a anunțat STARTTLS, dar a răspuns la comanda STARTTLS cu o eroare în loc să înceapă negocierea. „454 4.7.0 TLS not available due to local problem” este răspunsul Postfix când nu își poate încărca propriul certificat sau propria cheie, deci problema este la serverul care a trimis acest răspuns. În funcție de politica expeditorului, mesajul pleacă apoi în text clar sau este amânat.
    .fix-1 = Dacă răspunsul a venit de la un server de la distanță, trimiteți linia administratorului lui; la dumneavoastră nu trebuie schimbat nimic.
    .fix-2 = Dacă răspunsul l-a dat propriul Postfix (apare în jurnalul smtpd), căutați avertismentele „disabling TLS support” sau „TLS library problem” și reparați fișierele de certificat și cheie.
mta-tls-sendmail-access-requirement = Sendmail a refuzat conexiunea: nu îndeplinește cerința TLS din harta de acces
    .cause = O intrare din harta de acces (access) a Sendmail cere de la TLS pentru această parte mai mult decât a oferit conexiunea: TLS_Srv:<host> când Sendmail trimite către acel server, TLS_Clt:<host> când se conectează un client, TLS_Rcpt: pentru un destinatar, cu ENCR:<bits> (criptare de cel puțin atâția biți) sau VERIFY (certificat verificat). „encryption too weak 0 less than 112” înseamnă că nu a existat deloc TLS (arg1=NONE: cealaltă parte nu a oferit sau nu a folosit STARTTLS); „authentication failed”, „not authenticated” sau „authentication required” înseamnă că certificatul nu a fost verificat (arg1=FAIL, NO). Mesajul este amânat (403 4.7.0) sau refuzat (503 5.7.0 cu TLS_PERM_ERR).
    .fix-1 = Găsiți intrarea: grep -i 'TLS_Srv\|TLS_Clt\|TLS_Rcpt' /etc/mail/access, și vedeți ce oferă cealaltă parte: openssl s_client -starttls smtp -connect <host>:25.
    .fix-2 = Dacă cealaltă parte nu mai oferă STARTTLS sau certificatul ei nu mai trece verificarea, anunțați-i administratorul; dacă cerința dumneavoastră e mai strictă decât trebuie, modificați intrarea și reconstruiți harta (makemap hash /etc/mail/access < /etc/mail/access sau make -C /etc/mail).
mta-tls-exim-closed-after-starttls = Serverul distant a închis conexiunea după comanda STARTTLS a lui Exim, înainte de orice negociere TLS
    .cause = Exim a trimis STARTTLS, iar celălalt server a închis conexiunea în loc să răspundă 220: serviciul său TLS este defect sau oprit deși încă anunță STARTTLS, ori deconectează clienții a căror ofertă TLS nu îi convine. Exim amână mesajul și reîncearcă mai târziu. (Dacă serverul răspunde 220, dar negocierea eșuează, Exim reîncearcă imediat în clar, dacă serverul nu este în hosts_require_tls; vezi tls_tempfail_tryclear.)
    .fix-1 = Testați serverul de pe această mașină: openssl s_client -starttls smtp -connect <server>:25 -servername <server>; dacă și aici conexiunea se închide, problema e de partea cealaltă.
    .fix-2 = Anunțați administratorul serverului distant, cu ora și adresa IP de trimitere.
    .fix-3 = Doar dacă livrarea în clar este acceptabilă pentru această destinație și nu se poate repara curând, treceți serverul în hosts_avoid_tls al transportului smtp; niciodată pentru o destinație care cere TLS.
openssl-verify-certificate-dates = Certificatul serverului a expirat sau nu este încă valabil (eroarea de verificare OpenSSL 10 sau 9)
    .cause = OpenSSL a verificat lanțul de certificate trimis de server și a găsit un certificat în afara perioadei de valabilitate: num=10 (certificatul a expirat) sau num=9 (certificatul nu este încă valabil). Expeditorii care verifică certificatele refuză un astfel de server: Exchange Online cu un conector care cere TLS, Postfix cu politica verify sau dane, majoritatea clienților de e-mail. Pentru num=9 contează și ceasul calculatorului de test.
    .fix-1 = Pe serverul testat, reînnoiți certificatul și asociați-l pe cel nou la SMTP (Exchange: Enable-ExchangeCertificate -Services SMTP; Postfix: smtpd_tls_chain_files, apoi postfix reload), inclusiv un certificat intermediar expirat din lanț.
    .fix-2 = Pentru num=9, verificați data și ora calculatorului de test; apoi testați din nou cu openssl s_client -connect host:25 -starttls smtp -showcerts.
openssl-verify-hostname-mismatch = Certificatul serverului nu conține numele prin care a fost contactat (eroarea de verificare OpenSSL 62)
    .cause = Cu -verify_hostname (sau într-un client care verifică numele), OpenSSL a constatat că niciun nume alternativ de subiect (SAN) al certificatului nu corespunde numelui gazdei la care s-a conectat. Expeditorii care verifică numele refuză un astfel de server: Exchange Online cu un conector care numește un certificat, Postfix cu politica secure sau dane, clienții de e-mail.
    .fix-1 = Emiteți certificatul cu numele gazdei MX sau de trimitere a serverului ca nume alternativ de subiect, sau îndreptați conectorul, înregistrarea MX ori clientul spre un nume pe care certificatul îl conține.
    .fix-2 = Testați cu exact numele folosit de expeditor: openssl s_client -connect host:25 -starttls smtp -verify_hostname host.
scan-tls12-not-offered = Serverul de e-mail scanat nu oferă TLS 1.2
    .cause = Scanarea (testssl.sh „TLS 1.2 not offered”, sslscan „TLSv1.2 disabled”) a arătat că serverul nu acceptă TLS 1.2. Exchange Online și majoritatea furnizorilor mari nu mai folosesc TLS 1.0 sau 1.1, așa că conexiunile lor către acest server eșuează (421 4.4.2 SocketError, TLS negotiation failed), la fel și conexiunile lui către ei. Pe Windows cauza este de obicei TLS 1.2 dezactivat în SCHANNEL sau un sistem vechi fără actualizare; în rest, un OpenSSL vechi sau o listă de protocoale fără TLS 1.2.
    .fix-1 = Pe Windows sau Exchange: activați TLS 1.2 în SCHANNEL (Server și Client) și pentru .NET (fișierul .reg de mai jos), instalați actualizările curente, reporniți serverul, apoi scanați din nou.
    .fix-2 = Pe Postfix sau alt server bazat pe OpenSSL: permiteți TLS 1.2 în smtpd_tls_protocols și smtpd_tls_mandatory_protocols (forma recomandată >=TLSv1.2) și actualizați un OpenSSL mai vechi de 1.0.1, apoi scanați din nou.
scan-legacy-tls-offered = Un test al serverului de e-mail a găsit TLS 1.0 sau 1.1 oferit sau folosit
    .cause = Scanarea sau testul (testssl.sh „offered (deprecated)”, sslscan „enabled”, ssl-enum-ciphers din nmap, o sesiune swaks) a arătat că serverul acceptă TLS 1.0 sau 1.1 sau că acestea au fost negociate. Singur, acest lucru nu oprește e-mailul cât timp este oferit și TLS 1.2, dar aceste versiuni sunt depreciate (RFC 8996), iar un partener care încă le negociază va eșua cu Exchange Online.
    .fix-1 = Aflați întâi ce parteneri mai negociază TLS 1.0 sau 1.1 cu acest server (recensământul TLS din jurnalele de protocol sau jurnalul de e-mail) și cereți-le să se actualizeze.
    .fix-2 = Apoi dezactivați versiunile vechi (pe Windows cheile Server ale TLS 1.0 și 1.1 din SCHANNEL cu Enabled = 0; pe Postfix smtpd_tls_protocols = >=TLSv1.2) și scanați din nou. Dacă o sesiune către un server a negociat TLS 1.0, acel server trebuie să aibă TLS 1.2 activat.
