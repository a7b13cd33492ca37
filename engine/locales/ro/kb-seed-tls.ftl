socketerror-other-peer = Un server la distanță (nu Exchange Online) a întrerupt conexiunea în timpul negocierii TLS (SocketError)
    .cause = Ultima eroare a cozii, sau NDR-ul, spune că următorul nod a închis conexiunea cu o eroare de socket, iar acel server nu este Exchange Online: adresa lui se află în afara intervalelor Exchange Online publicate de Microsoft. Cele două servere pot să nu aibă o versiune TLS sau o suită de cifruri comună, ori un firewall sau un filtru de e-mail care inspectează TLS a tăiat conexiunea. Nu este dovedit că acestui server îi lipsește TLS 1.2.
    .fix-1 = În jurnalul de protocol al conectorului de trimitere (Send connector) de pe acest server, uitați-vă la sesiunile lui cu alte servere: dacă unele au negociat TLS 1.2 (SP_PROT_TLS1_2_CLIENT), TLS 1.2 funcționează aici, iar de schimbat este partea de la distanță sau drumul până la ea.
    .fix-2 = Dacă nicio sesiune a acestui server nu a negociat TLS 1.2, activați-l ca pentru Exchange Online (cheile SCHANNEL pentru TLS 1.2 și valorile .NET, apoi o repornire); scriptul de mai jos, care doar citește, listează valorile nesetate.
    .fix-3 = Întrebați administratorul serverului la distanță ce versiuni TLS și suite de cifruri acceptă și dacă în fața lui se află un dispozitiv care inspectează TLS.
    .fix-4 = Testați negocierea din rețeaua acestui server, de exemplu cu openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-5 = După o modificare, reîncercați coada (Retry-Queue) și verificați că mesajul a ieșit din ea.
seed-queue-socketerror = Coada nu poate livra către Exchange Online: TLS 1.2 nu este disponibil pe acest server
    .cause = Serverul local a încercat să predea mesajul către Exchange Online, care a închis conexiunea în timpul handshake-ului TLS. Exchange Online acceptă doar TLS 1.2 (TLS 1.0 și 1.1 au fost retrase, vezi MC229914), așa că un server care poate oferi doar TLS 1.0 sau 1.1 eșuează în mod repetat, iar mesajul rămâne în coadă cu această valoare LastError.
    .fix-1 = Pe serverul expeditor, setați DisabledByDefault = 0 și Enabled = 1 în cheile SCHANNEL\Protocols\TLS 1.2\Client și TLS 1.2\Server (fișierul .reg de mai jos face acest lucru și setează în plus cheile .NET).
    .fix-2 = Setați SystemDefaultTlsVersions = 1 și SchUseStrongCrypto = 1 pentru .NET v4.0.30319 și v2.0.50727, inclusiv cheile corespondente din Wow6432Node, astfel încât și codul .NET al Exchange să folosească TLS 1.2.
    .fix-3 = Reporniți serverul: SCHANNEL citește aceste chei doar la pornire.
    .fix-4 = Instalați cele mai recente actualizări Windows și Exchange (TLS 1.2 necesită cel puțin Exchange 2013 CU19 sau Exchange 2016 CU8).
    .fix-5 = Reîncercați coada (Retry-Queue) și confirmați că jurnalul de protocol al conectorului de trimitere (Send connector) afișează acum SP_PROT_TLS1_2_CLIENT.
seed-ndr-socketerror = Exchange Online a închis conexiunea: serverul expeditor a oferit doar TLS 1.0/1.1
    .cause = Conexiunea cu Exchange Online a fost închisă în timpul handshake-ului TLS („SocketError” înseamnă că cealaltă parte a închis conexiunea). Exchange Online refuză TLS 1.0 și 1.1 pe punctele finale pentru fluxul de e-mail, așa că un expeditor fără TLS 1.2 vede această eroare în NDR și în Queue Viewer.
    .fix-1 = Pe serverul care trimite către Exchange Online, setați DisabledByDefault = 0 și Enabled = 1 în cheile SCHANNEL\Protocols\TLS 1.2\Client și TLS 1.2\Server.
    .fix-2 = Setați SystemDefaultTlsVersions = 1 și SchUseStrongCrypto = 1 pentru .NET v4.0.30319 și v2.0.50727 (și pentru cheile corespondente din Wow6432Node).
    .fix-3 = Reporniți serverul pentru ca noile setări SCHANNEL să intre în vigoare.
    .fix-4 = Instalați cele mai recente actualizări Windows și Exchange.
    .fix-5 = Retrimiteți mesajul sau reîncercați coada și verificați dacă mesajul a fost livrat.
protolog-socketerror-other-peer = Handshake-ul TLS cu un server la distanță (nu Exchange Online) a eșuat (SocketError)
    .cause = Jurnalul de protocol al conectorului de trimitere arată că serverul la distanță a închis conexiunea în timpul handshake-ului TLS. Acest server și cel la distanță nu au găsit o versiune de protocol sau o suită de cifruri comună, ori un dispozitiv intermediar (un firewall sau un filtru de e-mail care inspectează TLS) a întrerupt conexiunea. Serverul la distanță nu este Exchange Online, deci nu este dovedit că acestui server îi lipsește TLS 1.2: verificați mai întâi celelalte sesiuni.
    .fix-1 = Căutați în statistica TLS sesiunile trimise de acest server către alte gazde: dacă unele au negociat TLS 1.2 (SP_PROT_TLS1_2_CLIENT), TLS 1.2 funcționează aici și partea de la distanță trebuie schimbată.
    .fix-2 = Dacă nicio sesiune a acestui server nu a negociat TLS 1.2, activați-l ca pentru Exchange Online: DisabledByDefault = 0 și Enabled = 1 în SCHANNEL\Protocols\TLS 1.2\Client și TLS 1.2\Server, valorile .NET SchUseStrongCrypto și SystemDefaultTlsVersions, apoi o repornire (scriptul de mai jos, care doar citește, listează valorile nesetate).
    .fix-3 = Întrebați administratorul serverului la distanță ce versiuni TLS și suite de cifruri acceptă și dacă în fața lui există un firewall sau un filtru care inspectează TLS.
    .fix-4 = Testați handshake-ul de pe acest server către gazda respectivă (de exemplu cu openssl s_client -starttls smtp -connect host:25 -tls1_2 de pe o mașină aflată pe aceeași cale de rețea).
seed-protolog-socketerror = Handshake-ul TLS cu serverul la distanță a eșuat (SocketError) — lipsește TLS 1.2
    .cause = Jurnalul de protocol al conectorului de trimitere arată că partea de la distanță a închis conexiunea în mijlocul handshake-ului TLS. Când destinația este Exchange Online, acesta este semnul tipic al unui server care oferă doar TLS 1.0 sau 1.1, versiuni pe care Exchange Online nu le mai acceptă.
    .fix-1 = Activați TLS 1.2 pentru SCHANNEL pe acest server: DisabledByDefault = 0 și Enabled = 1 în cheile TLS 1.2\Client și TLS 1.2\Server.
    .fix-2 = Setați valorile .NET SystemDefaultTlsVersions = 1 și SchUseStrongCrypto = 1 (v4.0.30319 și v2.0.50727, inclusiv Wow6432Node).
    .fix-3 = Reporniți serverul.
    .fix-4 = Instalați cele mai recente actualizări Windows și Exchange.
    .fix-5 = Căutați în jurnalul de protocol „TLS protocol SP_PROT_TLS1_2_CLIENT … negotiation succeeded” pentru a confirma remedierea; statistica TLS listează toate gazdele la distanță care folosesc încă TLS 1.0/1.1.
seed-protolog-socketerror-receive = Negocierea TLS a unui client cu acest server a eșuat (SocketError) — nicio versiune TLS comună
    .cause = Jurnalul de protocol al conectorului de primire (Receive connector) arată un client la distanță (alt server de e-mail, Exchange Online, un dispozitiv sau o aplicație) care a trimis STARTTLS și a pierdut conexiunea în mijlocul negocierii TLS. De obicei cele două părți nu au nicio versiune TLS comună: acest server nu oferă TLS 1.2, iar clientul o cere (așa face Exchange Online), sau TLS 1.0 și 1.1 sunt dezactivate aici, iar clientul nu suportă nimic mai nou.
    .fix-1 = Identificați clientul în coloana remote-endpoint a rândului; statistica TLS îl listează cu protocoalele negociate și eșecurile sale.
    .fix-2 = Dacă clientul este Exchange Online sau alt server actual, activați TLS 1.2 pentru SCHANNEL pe acest server: DisabledByDefault = 0 și Enabled = 1 sub TLS 1.2\Server și TLS 1.2\Client, plus valorile .NET SystemDefaultTlsVersions = 1 și SchUseStrongCrypto = 1.
    .fix-3 = Reporniți serverul ca SCHANNEL să citească noile setări și instalați cele mai recente actualizări Windows și Exchange.
    .fix-4 = Dacă clientul este un dispozitiv sau o aplicație veche care vorbește doar TLS 1.0 sau 1.1, actualizați-l sau înlocuiți-l (sau biblioteca sa TLS) în loc să reactivați protocoalele vechi pe server.
    .fix-5 = În același moment, jurnalul System al serverului poate conține evenimentul Schannel 36874 (numește versiunea TLS oferită de client) sau 36888 (alerta fatală trimisă înapoi).
seed-starttls-first = Partea receptoare cere TLS, dar sesiunea a continuat fără el
    .cause = Partea receptoare cere STARTTLS înainte de MAIL FROM, iar expeditorul nu l-a finalizat. Aceasta urmează adesea unui handshake TLS eșuat: expeditorul reîncearcă fără criptare, iar destinatarul (Exchange Online sau un conector cu RequireTLS) refuză sesiunea necriptată.
    .fix-1 = Asigurați-vă că TLS reușește: activați TLS 1.2 pentru SCHANNEL (DisabledByDefault = 0, Enabled = 1 în cheile TLS 1.2\Client și TLS 1.2\Server) pe serverul care trimite sau primește.
    .fix-2 = Setați valorile .NET SystemDefaultTlsVersions = 1 și SchUseStrongCrypto = 1 (v4.0.30319 și v2.0.50727, inclusiv Wow6432Node).
    .fix-3 = Reporniți serverul, apoi instalați cele mai recente actualizări Windows și Exchange.
    .fix-4 = Verificați dacă certificatul conectorului (TlsCertificateName) există și este activat pentru SMTP, astfel încât STARTTLS să fie oferit și să se poată finaliza.
