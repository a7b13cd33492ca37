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
report-no-input = Nu a fost citită nicio intrare.
cause-heading = Cauză
fix-heading = Cum se remediază
references-heading = Referințe
artifacts-heading = Descărcări
evidence-heading = Linii sursă
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
note-compressed = Este comprimat cu { $format }, format pe care acest instrument nu îl citește: decomprimați-l și dați rezultatul (un .gz, .zip sau .tar este citit ca atare).
note-lossy = Unii octeți nu erau UTF-8 valid; sunt afișați ca �.
note-lossy-decoded = Unele linii nu erau UTF-8; au fost citite ca { $charset }, pagina de cod Windows indicată de octeții lor (este o presupunere: verificați textul).
note-utf16 = Datele de intrare erau text UTF-16 și au fost decodificate.
note-truncated = { $count ->
    [one] { $count } linie foarte lungă a fost citită în bucăți de cel mult 64 KiB; o eroare împărțită între două bucăți poate fi ratată.
    [few] { $count } linii foarte lungi au fost citite în bucăți de cel mult 64 KiB; o eroare împărțită între două bucăți poate fi ratată.
   *[other] { $count } de linii foarte lungi au fost citite în bucăți de cel mult 64 KiB; o eroare împărțită între două bucăți poate fi ratată.
}
note-empty = Datele de intrare sunt goale.
note-recipients-grouped = { $count ->
    [one] După 1 000 de constatări, încă { $count } eșec a fost numărat după eroare și server, fără destinatar.
    [few] După 1 000 de constatări, încă { $count } eșecuri au fost numărate după eroare și server, fără destinatari.
   *[other] După 1 000 de constatări, încă { $count } de eșecuri au fost numărate după eroare și server, fără destinatari.
}
note-too-many = { $count ->
    [one] Încă { $count } constatare distinctă a fost numărată, dar nu este listată.
    [few] Încă { $count } constatări distincte au fost numărate, dar nu sunt listate.
   *[other] Încă { $count } de constatări distincte au fost numărate, dar nu sunt listate.
}
unrecognised-heading = Linii fără o eroare recunoscută
unclassified-title = Eroare fără o regulă anume
location = linia { $line }
affected = Afectat
clear = Goliți
restore-input = Readuceți textul dvs.
note-message-too-large = Mesajul depășește 48 MiB, așa că a fost citit ca linii de text simplu, nu ca MIME.
note-message-too-deep = Mesajul conține peste { $count } mesaje atașate, așa că a fost citit ca linii de text simplu, nu ca MIME.
note-message-too-many-parts = Mesajul are peste { $count } de părți MIME, așa că a fost citit ca linii de text simplu, nu ca MIME.
note-mime-unreadable = Părțile MIME ale mesajului nu au putut fi separate (multipart fără boundary), așa că a fost citit ca linii de text simplu.
note-bad-message = Acest fișier Outlook .msg nu a putut fi citit (este deteriorat sau nu este un mesaj).
note-archive = Fișierul comprimat este deteriorat sau trunchiat; tot ce a putut fi citit a fost analizat. Detalii tehnice: { $problem }
note-archive-member = Acest membru al arhivei nu a putut fi deschis (este criptat, comprimat cu o metodă pe care acest instrument nu o citește sau este un zip interior peste limita de dimensiune ori inclus prea adânc), deci nimic din el nu a fost analizat. Detalii tehnice: { $problem }
note-cancelled = Citirea acestui fișier a fost anulată la jumătate: a fost analizată doar prima lui parte, deci constatările de mai departe lipsesc. Deschideți din nou fișierul pentru a-l citi în întregime.
note-tls12-works = { $count ->
    [one] Acest jurnal arată și TLS 1.2 (sau 1.3) negociat, înaintea unui eșec, cu o gazdă ale cărei negocieri au eșuat cu SocketError: pentru ea TLS 1.2 funcționează de pe acest server, iar eșecurile sunt intermitente (calea de rețea, un firewall sau proxy care inspectează SMTP sau TLS, ori partea cealaltă), nu un protocol lipsă. Verificați celelalte servere sursă ale acestui conector și rețeaua înainte de a modifica SCHANNEL.
    [few] Acest jurnal arată și TLS 1.2 (sau 1.3) negociat, înaintea unui eșec, cu { $count } gazde ale căror negocieri au eșuat cu SocketError: pentru ele TLS 1.2 funcționează de pe acest server, iar eșecurile sunt intermitente (calea de rețea, un firewall sau proxy care inspectează SMTP sau TLS, ori partea cealaltă), nu un protocol lipsă. Verificați celelalte servere sursă ale acestui conector și rețeaua înainte de a modifica SCHANNEL.
   *[other] Acest jurnal arată și TLS 1.2 (sau 1.3) negociat, înaintea unui eșec, cu { $count } de gazde ale căror negocieri au eșuat cu SocketError: pentru ele TLS 1.2 funcționează de pe acest server, iar eșecurile sunt intermitente (calea de rețea, un firewall sau proxy care inspectează SMTP sau TLS, ori partea cealaltă), nu un protocol lipsă. Verificați celelalte servere sursă ale acestui conector și rețeaua înainte de a modifica SCHANNEL.
}
note-tls12-elsewhere = { $count ->
    [one] În acest jurnal, serverul negociase deja TLS 1.2 (sau 1.3) ca client cu o altă gazdă când negocierile TLS cu o gazdă au eșuat cu SocketError: TLS 1.2 este activat pe serverul care a scris jurnalul, deci eșecurile vin din partea acelei gazde, de pe calea de rețea (un firewall sau proxy care inspectează SMTP sau TLS) sau din suitele de cifrare comune celor două părți, nu dintr-un protocol lipsă aici. Verificați setările TLS ale acelei gazde, calea și suitele de cifrare ale acestui server înainte de a modifica SCHANNEL.
    [few] În acest jurnal, serverul negociase deja TLS 1.2 (sau 1.3) ca client cu o altă gazdă când negocierile TLS cu { $count } gazde au eșuat cu SocketError: TLS 1.2 este activat pe serverul care a scris jurnalul, deci eșecurile vin din partea acelor gazde, de pe calea de rețea (un firewall sau proxy care inspectează SMTP sau TLS) sau din suitele de cifrare comune celor două părți, nu dintr-un protocol lipsă aici. Verificați setările TLS ale acelor gazde, calea și suitele de cifrare ale acestui server înainte de a modifica SCHANNEL.
   *[other] În acest jurnal, serverul negociase deja TLS 1.2 (sau 1.3) ca client cu o altă gazdă când negocierile TLS cu { $count } de gazde au eșuat cu SocketError: TLS 1.2 este activat pe serverul care a scris jurnalul, deci eșecurile vin din partea acelor gazde, de pe calea de rețea (un firewall sau proxy care inspectează SMTP sau TLS) sau din suitele de cifrare comune celor două părți, nu dintr-un protocol lipsă aici. Verificați setările TLS ale acelor gazde, calea și suitele de cifrare ale acestui server înainte de a modifica SCHANNEL.
}
note-tls12-server-works = { $count ->
    [one] În acest jurnal, serverul negociase deja TLS 1.2 (sau 1.3) ca server cu un alt client când negocierile TLS ale unui client au eșuat cu SocketError: TLS 1.2 este activat pentru primire pe acest server, deci clientul oferă cel mai probabil doar TLS 1.0/1.1 sau suite de cifrare pe care serverul nu le acceptă. Actualizați sau reconfigurați clientul (ori trimiteți printr-un alt conector) în loc să modificați SCHANNEL aici.
    [few] În acest jurnal, serverul negociase deja TLS 1.2 (sau 1.3) ca server cu un alt client când negocierile TLS ale { $count } clienți au eșuat cu SocketError: TLS 1.2 este activat pentru primire pe acest server, deci clienții oferă cel mai probabil doar TLS 1.0/1.1 sau suite de cifrare pe care serverul nu le acceptă. Actualizați sau reconfigurați clienții (ori trimiteți printr-un alt conector) în loc să modificați SCHANNEL aici.
   *[other] În acest jurnal, serverul negociase deja TLS 1.2 (sau 1.3) ca server cu un alt client când negocierile TLS ale celor { $count } de clienți au eșuat cu SocketError: TLS 1.2 este activat pentru primire pe acest server, deci clienții oferă cel mai probabil doar TLS 1.0/1.1 sau suite de cifrare pe care serverul nu le acceptă. Actualizați sau reconfigurați clienții (ori trimiteți printr-un alt conector) în loc să modificați SCHANNEL aici.
}
pasted-text = Text lipit
kind-exchange-ndr = NDR Exchange
kind-dsn = Notificare de stare a livrării (DSN)
kind-queue-error = Eroare de coadă
kind-protocol-log = Jurnal de protocol SMTP
kind-syslog = Jurnal MTA
kind-windows-event = Eveniment Windows
kind-text = Text

## findings
skip-to-findings = Salt la rezultate
redact-label = Ascundeți adresele și numele de gazdă
redact-note = Adresele de e-mail, adresele IP și numele de gazdă sunt înlocuite cu jetoane stabile în rezultate și în exporturi.
export-heading = Export
export-json = JSON
export-csv = CSV
export-md = Markdown
export-print = Tipărire
export-report-title = Raport Mail Triage
export-col-severity = Gravitate
export-col-rule = Regulă
export-col-codes = Coduri
export-col-count = Număr
export-col-lines = Linii
export-col-seen = Momente
export-col-affected = Afectați
export-col-title = Constatare
first-seen = Prima apariție
last-seen = Ultima apariție
copy-step = Copiați pasul { $step }
copy-failed = Copierea a eșuat
show-artifact = Afișați conținutul
more-evidence = { $count ->
    [one] Încă { $count } apariție este numărată, dar nu este afișată.
    [few] Încă { $count } apariții sunt numărate, dar nu sunt afișate.
   *[other] Încă { $count } de apariții sunt numărate, dar nu sunt afișate.
}
sample-o365-ndr = NDR Exchange Online (5.4.316, 5.1.1, 4.4.317)
sample-dsn = DSN RFC 3464 de la Postfix și Exim
sample-queue = LastError din Queue Viewer / Get-Queue
sample-send-log = Jurnal de protocol Send Exchange
sample-recv-log = Jurnal de protocol Receive Exchange
sample-postfix = Linii TLS din syslog Postfix
sample-schannel = Evenimente Schannel (36874, 36888, 36871)

## pipeline
pipeline-dropzone = Trageți aici fișiere sau foldere întregi (.log, .txt, .eml, .msg, .gz, .zip, .tar). Sunt citite în această pagină, pe bucăți.
pipeline-folder-label = Sau deschideți un folder
pipeline-reading = Fișierul { $index } din { $files }:
pipeline-progress-label = Progresul citirii
pipeline-rate = { $done } din { $total } · { $rate } · au mai rămas { $left }
pipeline-estimating = { $done } din { $total } · se estimează viteza și timpul rămas…
pipeline-cancel = Anulați
pipeline-done = { $files ->
    [one] Un fișier citit
    [few] { $files } fișiere citite
   *[other] { $files } de fișiere citite
}: { $size } în { $time } ({ $rate }).
pipeline-drawing = Citirea s-a încheiat; se afișează rezultatele…
pipeline-done-quick = { $files ->
    [one] Un fișier citit
    [few] { $files } fișiere citite
   *[other] { $files } de fișiere citite
}: { $size } în { $time }.
pipeline-done-paste = Text lipit citit: { $size } în { $time }.
pipeline-cancelled = Anulat în timpul citirii { $name } (fișierul { $index } din { $files }), după { $read } din { $total }. Constatările și statistica TLS pentru acest fișier acoperă doar partea citită până acum.
pipeline-cancelled-before = Anulat după { $read } din { $total }, înainte de deschiderea { $name } (fișierul { $index } din { $files }): fișierele dinaintea lui au fost citite complet.
pipeline-cancelled-unread = { $count ->
    [one] Încă un fișier nu a fost citit.
    [few] Încă { $count } fișiere nu au fost citite.
   *[other] Încă { $count } de fișiere nu au fost citite.
}
pipeline-already-read = { $count ->
    [one] Citit deja (același nume, aceeași dimensiune și dată): raportul este citit din nou, dar statistica TLS nu îi numără conexiunile de două ori. Apăsați „Goliți” pentru a-l număra din nou:
   *[other] Citite deja (același nume, aceeași dimensiune și dată): rapoartele sunt citite din nou, dar statistica TLS nu le numără conexiunile de două ori. Apăsați „Goliți” pentru a le număra din nou:
}
pipeline-queued = { $count ->
    [one] În așteptare după fișierele în curs de citire (un fișier):
    [few] În așteptare după fișierele în curs de citire ({ $count } fișiere):
   *[other] În așteptare după fișierele în curs de citire ({ $count } de fișiere):
}
pipeline-crashed = Analizorul s-a oprit neașteptat și a fost repornit. Fișierele citite atunci nu au fost analizate; le puteți deschide din nou.
pipeline-silent = Analizorul nu a mai răspuns (30 s fără niciun mesaj) și a fost repornit. Fișierele citite atunci nu au fost analizate; le puteți deschide din nou.
pipeline-read-error = Un fișier nu a putut fi citit:
pipeline-error-gzip = Un fișier .gz este deteriorat sau trunchiat: nu a putut fi decomprimat până la capăt. Tot ce era înainte de deteriorare a fost analizat. Detalii tehnice:
pipeline-error-zip = O arhivă .zip nu a putut fi citită: este deteriorată, trunchiată sau nu este o arhivă zip. Fișierele din arhivă care au putut fi citite au fost analizate. Detalii tehnice:
pipeline-dismiss = Închideți
logs-heading = Statistica TLS din jurnalele de protocol
logs-timeline-heading = Erorile în timp
logs-summary = { $sessions ->
    [one] { $sessions } sesiune SMTP
    [few] { $sessions } sesiuni SMTP
   *[other] { $sessions } de sesiuni SMTP
} în { $files ->
    [one] { $files } fișier
    [few] { $files } fișiere
   *[other] { $files } de fișiere
}, de la { $endpoints ->
    [one] { $endpoints } gazdă la distanță
    [few] { $endpoints } gazde la distanță
   *[other] { $endpoints } de gazde la distanță
}; dintre ele, { $legacy } negociază încă TLS 1.0 sau 1.1.
logs-filter-label = Filtru
logs-filter-placeholder = IP, nume de gazdă, TLS1.0, legacy…
logs-click-hint = Faceți clic pe antetul unei coloane pentru sortare, pe un rând pentru a vedea sesiunile lui și conversația lor SMTP.
logs-export-label = Exportați statistica
logs-table-label = Tabelul statisticii
logs-col-ip = IP la distanță
logs-ip-unknown = necunoscut
logs-col-direction = Direcție
logs-col-host = Gazdă (EHLO)
logs-col-sessions = Sesiuni
logs-col-failures = Eșecuri TLS
logs-col-refusals = Refuzate fără STARTTLS
logs-col-plain = Fără TLS
logs-col-last-seen = Ultima dată
logs-col-time = Ora
logs-col-event = Eveniment
logs-col-data = Date
logs-col-context = Context
logs-direction-inbound = De intrare
logs-direction-outbound = De ieșire
logs-direction-either = Necunoscută
logs-legacy-badge = TLS învechit
logs-no-match = Nicio gazdă nu se potrivește cu filtrul.
logs-shown = Se afișează { $shown } din { $total ->
    [one] { $total } gazdă
    [few] { $total } gazde
   *[other] { $total } de gazde
}; filtrați pentru a restrânge lista.
logs-sessions-not-kept = { $count ->
    [one] Încă { $count } sesiune a fost numărată, dar nu a fost păstrată pentru vizualizare.
    [few] Încă { $count } sesiuni au fost numărate, dar nu au fost păstrate pentru vizualizare.
   *[other] Încă { $count } de sesiuni au fost numărate, dar nu au fost păstrate pentru vizualizare.
}
logs-late-rows = Rânduri care numesc o sesiune deja încheiată: { $count } (un rând sau o sesiune întreagă scrise de două ori ori rânduri după deconectare). Au fost citite, dar nu au fost numărate ca sesiuni noi.
logs-sessions-heading = Sesiunile gazdei
logs-no-kept = Nicio sesiune a acestei gazde nu a fost păstrată pentru vizualizare (se păstrează doar un eșantion de sesiuni).
logs-session-heading = Conversația SMTP a sesiunii
logs-session-failure = Eșec TLS
logs-session-no-tls = fără TLS
logs-session-file = Fișier
logs-session-time = Ora
logs-session-incomplete = Lipsesc unele rânduri ale acestei sesiuni: jurnalul începe sau se termină în mijlocul ei.
logs-session-truncated = Conversația a fost tăiată la 16 KiB.
chart-tls-title = Ponderea versiunilor TLS (pe sesiuni)
chart-tls-failed = Negociere eșuată
chart-tls-plain = Fără TLS
chart-timeline-title = Erori pe oră (ora din jurnal)
chart-timeline-empty = Nicio eroare din aceste date nu are marcaj de timp.
chart-other = Alte erori
logs-census-partial = Citirea a fost anulată: această statistică include doar partea din jurnale citită până atunci.
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-rate = { $size }/s
unit-s = { $n } s
unit-min-s = { $m } min { $s } s
unit-h-min = { $h } h { $m } min
quiet-inputs = Intrări fără erori cunoscute: { $count }
quiet-not-listed = Nelistate aici: { $count } (toate intrările sunt în exporturi)
more-reports = Arată mai multe intrări (neafișate: { $count })
paste-aside = Textul lipit ({ $size }) este prea mare pentru această casetă: a fost analizat integral mai jos, dar nu este afișat aici. Pentru a-l citi din nou, trageți-l ca fișier.
cli-lines = { $lines ->
    [one] { $lines } linie
    [few] { $lines } linii
   *[other] { $lines } de linii
}
cli-finding-at = { $count }×, linia { $line }
cli-file = Fișier
cli-explained-above = (explicat mai sus)
cli-note = notă
cli-evidence-line = linia { $line }
cli-census-rows = { $rows ->
    [one] { $rows } rând citit
    [few] { $rows } rânduri citite
   *[other] { $rows } de rânduri citite
}
cli-col-other = Altele
cli-col-incomplete = Incomplete
cli-col-legacy = Învechit
ref-reason-wording = formulări care înseamnă acest motiv
ref-provider-wording = formulări specifice furnizorului
ref-mta-wording = formulări specifice MTA-ului
paste-analysed = { $count ->
    [0] Textul lipit a fost analizat: nicio eroare cunoscută.
    [one] Textul lipit a fost analizat: { $count } constatare.
    [few] Textul lipit a fost analizat: { $count } constatări.
   *[other] Textul lipit a fost analizat: { $count } de constatări.
}
