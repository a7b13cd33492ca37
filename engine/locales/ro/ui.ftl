app-title = Mail Triage
app-tagline = Lipiți un mesaj returnat (bounce), o eroare din coadă sau un jurnal SMTP și aflați cauza și remedierea.
privacy-note = Totul rulează în această pagină. Nimic din ce lipiți sau trageți aici nu părăsește computerul dvs.
input-label = Lipiți un NDR, un DSN, o eroare din Queue Viewer sau linii din jurnalul de protocol
input-placeholder = de ex. 421 4.4.2 Connection dropped due to SocketError
file-label = Sau deschideți fișiere
lang-label = Limbă
samples-label = Exemple
sample-seed = Erori TLS 1.0/1.1 cu Exchange Online
findings-heading = Rezultate
no-findings = Nu s-a găsit nicio eroare cunoscută în datele introduse.
empty-input = Lipiți sau trageți aici conținutul de analizat.
cause-heading = Cauză
fix-heading = Cum se remediază
references-heading = Referințe
artifacts-heading = Descărcări
evidence-heading = Dovezi
download = Descărcare
copy = Copiere
copied = Copiat
count = { $count ->
    [one] { $count } apariție
    [few] { $count } apariții
   *[other] { $count } de apariții
}
severity-critical = Critic
severity-error = Eroare
severity-warning = Avertisment
severity-info = Informații
applies-to = Se aplică la
reason = Motiv
stats-lines = Linii citite: { $lines }; fără o eroare recunoscută: { $unrecognised }
note-binary = Acesta pare a fi un fișier binar; nu a fost analizat.
note-lossy = Unii octeți nu erau UTF-8 valid; sunt afișați ca �.
note-utf16 = Datele de intrare erau text UTF-16 și au fost decodificate.
note-truncated = { $count ->
    [one] { $count } linie foarte lungă a fost trunchiată la 64 KiB pentru analiză.
    [few] { $count } linii foarte lungi au fost trunchiate la 64 KiB pentru analiză.
   *[other] { $count } de linii foarte lungi au fost trunchiate la 64 KiB pentru analiză.
}
note-empty = Datele de intrare sunt goale.
note-too-many = Încă { $count } constatări distincte au fost numărate, dar nu sunt listate.
unrecognised-heading = Linii fără o eroare recunoscută
unclassified-title = Eroare fără o regulă anume
location = linia { $line }
affected = Afectat
clear = Golește
note-message-too-large = Mesajul depășește 48 MiB, așa că a fost citit ca linii de text simplu, nu ca MIME.
note-bad-message = Acest fișier Outlook .msg nu a putut fi citit (este deteriorat sau nu este un mesaj).
pasted-text = Text lipit
kind-exchange-ndr = NDR Exchange
kind-dsn = Notificare de stare a livrării (DSN)
kind-queue-error = Eroare de coadă
kind-protocol-log = Jurnal de protocol SMTP
kind-syslog = Jurnal MTA
kind-windows-event = Eveniment Windows
kind-text = Text
