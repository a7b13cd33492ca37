app-title = Mail Triage
app-tagline = Įklijuokite grąžintą laišką, eilės klaidą ar SMTP žurnalą ir sužinokite priežastį bei sprendimą.
privacy-note = Viskas vykdoma šiame puslapyje. Niekas, ką įklijuojate ar nutempiate čia, nepalieka jūsų kompiuterio.
input-label = Įklijuokite NDR, DSN, eilių peržiūros priemonės (Queue Viewer) klaidą arba protokolo žurnalo eilutes
input-placeholder = pvz., 421 4.4.2 Connection dropped due to SocketError
file-label = Arba atidarykite failus
lang-label = Kalba
samples-label = Pavyzdžiai
sample-seed = Exchange Online TLS 1.0/1.1 klaidos
findings-heading = Rezultatai
no-findings = Įvestuose duomenyse žinomų klaidų nerasta.
empty-input = Įklijuokite arba nutempkite turinį, kurį norite išanalizuoti.
report-no-input = Nebuvo perskaityta jokių įvesties duomenų.
cause-heading = Priežastis
fix-heading = Kaip ištaisyti
references-heading = Nuorodos
artifacts-heading = Atsisiuntimai
evidence-heading = Šaltinio eilutės
download = Atsisiųsti
copy = Kopijuoti
copied = Nukopijuota
count = { $count ->
    [one] { $count } atvejis
    [few] { $count } atvejai
    [many] { $count } atvejo
   *[other] { $count } atvejų
}
severity-critical = Kritinė
severity-error = Klaida
severity-warning = Įspėjimas
severity-info = Informacija
applies-to = Taikoma
reason = Priežasties tipas
stats-lines = Perskaityta eilučių: { $lines }; be atpažintos klaidos: { $unrecognised }
note-binary = Panašu, kad tai dvejetainis failas, todėl jis nebuvo analizuojamas.
note-compressed = Jis suglaudintas { $format } formatu, kurio šis įrankis neskaito: išskleiskite jį ir pateikite gautą failą (.gz, .zip ar .tar skaitomi tiesiogiai).
note-lossy = Kai kurie baitai neatitiko UTF-8 koduotės; jie rodomi kaip �.
note-lossy-decoded = Kai kurios eilutės nebuvo UTF-8; jos perskaitytos kaip { $charset } – Windows kodų lentelė, į kurią rodo jų baitai (tai spėjimas: patikrinkite tekstą).
note-utf16 = Įvesti duomenys buvo UTF-16 koduotės tekstas ir buvo iškoduoti.
note-truncated = { $count ->
    [one] { $count } labai ilga eilutė perskaityta dalimis iki 64 KiB; klaida, padalyta tarp dviejų dalių, gali likti nepastebėta.
    [few] { $count } labai ilgos eilutės perskaitytos dalimis iki 64 KiB; klaida, padalyta tarp dviejų dalių, gali likti nepastebėta.
    [many] { $count } labai ilgos eilutės perskaityta dalimis iki 64 KiB; klaida, padalyta tarp dviejų dalių, gali likti nepastebėta.
   *[other] { $count } labai ilgų eilučių perskaityta dalimis iki 64 KiB; klaida, padalyta tarp dviejų dalių, gali likti nepastebėta.
}
note-empty = Įvestis tuščia.
note-recipients-grouped = { $count ->
    [one] Po 1 000 radinių dar { $count } nesėkmė suskaičiuota pagal klaidą ir serverį, be gavėjo.
    [few] Po 1 000 radinių dar { $count } nesėkmės suskaičiuotos pagal klaidą ir serverį, be gavėjų.
   *[other] Po 1 000 radinių dar { $count } nesėkmių suskaičiuota pagal klaidą ir serverį, be gavėjų.
}
note-too-many = { $count ->
    [one] Dar { $count } atskiras radinys suskaičiuotas, bet neišvardytas.
    [few] Dar { $count } atskiri radiniai suskaičiuoti, bet neišvardyti.
   *[other] Dar { $count } atskirų radinių suskaičiuota, bet neišvardyta.
}
unrecognised-heading = Eilutės be atpažintos klaidos
unclassified-title = Klaida be konkrečios taisyklės
location = { $line } eilutė
affected = Susiję
clear = Išvalyti
restore-input = Grąžinti savo tekstą
note-message-too-large = Laiškas didesnis nei 48 MiB, todėl perskaitytas kaip paprastos teksto eilutės, o ne MIME.
note-message-too-deep = Laiške yra daugiau nei { $count } prisegtų laiškų, todėl jis perskaitytas kaip paprastos teksto eilutės, o ne MIME.
note-message-too-many-parts = Laiške yra daugiau nei { $count } MIME dalių; jis perskaitytas kaip paprasto teksto eilutės, o ne kaip MIME.
note-mime-unreadable = Laiško MIME dalių nepavyko atskirti (multipart be boundary), todėl jis perskaitytas kaip paprastos teksto eilutės.
note-bad-message = Šio Outlook .msg failo perskaityti nepavyko (sugadintas arba tai ne laiškas).
note-archive = Suglaudintas failas sugadintas arba nukirstas; viskas, ką pavyko perskaityti, buvo išanalizuota. Techninė informacija: { $problem }
note-archive-member = Šios archyvo dalies nepavyko atidaryti (ji užšifruota, suglaudinta metodu, kurio šis įrankis neskaito, arba viduje esantis zip viršija dydžio ribą ar yra per giliai įdėtas), todėl niekas iš jos nebuvo išanalizuota. Techninė informacija: { $problem }
note-cancelled = Šio failo skaitymas buvo atšauktas jo viduryje: išanalizuota tik pirmoji jo dalis, todėl tolesnių radinių trūksta. Atidarykite failą dar kartą, kad jis būtų perskaitytas visas.
note-tls12-works = { $count ->
    [one] Šis žurnalas taip pat rodo, kad prieš gedimą su { $count } serveriu, kurio ryšio užmezgimai nepavyko dėl SocketError, buvo sutartas TLS 1.2 (arba 1.3): jam TLS 1.2 iš šio serverio veikia, o gedimai yra protarpiniai (tinklo kelias, SMTP ar TLS tikrinanti užkarda ar tarpinis serveris arba kita pusė), o ne trūkstamas protokolas. Prieš keisdami SCHANNEL patikrinkite kitus šios jungties šaltinio serverius ir tinklą.
    [few] Šis žurnalas taip pat rodo, kad prieš gedimą su { $count } serveriais, kurių ryšio užmezgimai nepavyko dėl SocketError, buvo sutartas TLS 1.2 (arba 1.3): jiems TLS 1.2 iš šio serverio veikia, o gedimai yra protarpiniai (tinklo kelias, SMTP ar TLS tikrinanti užkarda ar tarpinis serveris arba kita pusė), o ne trūkstamas protokolas. Prieš keisdami SCHANNEL patikrinkite kitus šios jungties šaltinio serverius ir tinklą.
   *[other] Šis žurnalas taip pat rodo, kad prieš gedimą su { $count } serverių, kurių ryšio užmezgimai nepavyko dėl SocketError, buvo sutartas TLS 1.2 (arba 1.3): jiems TLS 1.2 iš šio serverio veikia, o gedimai yra protarpiniai (tinklo kelias, SMTP ar TLS tikrinanti užkarda ar tarpinis serveris arba kita pusė), o ne trūkstamas protokolas. Prieš keisdami SCHANNEL patikrinkite kitus šios jungties šaltinio serverius ir tinklą.
}
note-tls12-elsewhere = { $count ->
    [one] Šiame žurnale šis serveris jau buvo sutaręs TLS 1.2 (arba 1.3) kaip klientas su kitu serveriu, kai { $count } serverio TLS ryšio užmezgimai nepavyko dėl SocketError: serveryje, kuris rašė šį žurnalą, TLS 1.2 įjungtas, todėl šie gedimai kyla iš to serverio pusės, tinklo kelio (SMTP ar TLS tikrinanti užkarda ar tarpinis serveris) arba abiejų pusių bendrų šifrų rinkinių, o ne dėl čia trūkstamo protokolo. Prieš keisdami SCHANNEL patikrinkite to serverio TLS nustatymus, kelią ir šio serverio šifrų rinkinius.
    [few] Šiame žurnale šis serveris jau buvo sutaręs TLS 1.2 (arba 1.3) kaip klientas su kitu serveriu, kai { $count } serverių TLS ryšio užmezgimai nepavyko dėl SocketError: serveryje, kuris rašė šį žurnalą, TLS 1.2 įjungtas, todėl šie gedimai kyla iš tų serverių pusės, tinklo kelio (SMTP ar TLS tikrinanti užkarda ar tarpinis serveris) arba abiejų pusių bendrų šifrų rinkinių, o ne dėl čia trūkstamo protokolo. Prieš keisdami SCHANNEL patikrinkite tų serverių TLS nustatymus, kelią ir šio serverio šifrų rinkinius.
   *[other] Šiame žurnale šis serveris jau buvo sutaręs TLS 1.2 (arba 1.3) kaip klientas su kitu serveriu, kai { $count } serverių TLS ryšio užmezgimai nepavyko dėl SocketError: serveryje, kuris rašė šį žurnalą, TLS 1.2 įjungtas, todėl šie gedimai kyla iš tų serverių pusės, tinklo kelio (SMTP ar TLS tikrinanti užkarda ar tarpinis serveris) arba abiejų pusių bendrų šifrų rinkinių, o ne dėl čia trūkstamo protokolo. Prieš keisdami SCHANNEL patikrinkite tų serverių TLS nustatymus, kelią ir šio serverio šifrų rinkinius.
}
note-tls12-server-works = { $count ->
    [one] Šiame žurnale šis serveris jau buvo sutaręs TLS 1.2 (arba 1.3) kaip serveris su kitu klientu, kai { $count } kliento TLS ryšio užmezgimai nepavyko dėl SocketError: šiame serveryje TLS 1.2 priėmimui įjungtas, todėl tas klientas greičiausiai siūlo tik TLS 1.0/1.1 arba šifrų rinkinius, kurių šis serveris nepriima. Atnaujinkite ar perkonfigūruokite klientą (arba leiskite jam siųsti per kitą jungtį), o ne keiskite SCHANNEL čia.
    [few] Šiame žurnale šis serveris jau buvo sutaręs TLS 1.2 (arba 1.3) kaip serveris su kitu klientu, kai { $count } klientų TLS ryšio užmezgimai nepavyko dėl SocketError: šiame serveryje TLS 1.2 priėmimui įjungtas, todėl tie klientai greičiausiai siūlo tik TLS 1.0/1.1 arba šifrų rinkinius, kurių šis serveris nepriima. Atnaujinkite ar perkonfigūruokite klientus (arba leiskite jiems siųsti per kitą jungtį), o ne keiskite SCHANNEL čia.
   *[other] Šiame žurnale šis serveris jau buvo sutaręs TLS 1.2 (arba 1.3) kaip serveris su kitu klientu, kai { $count } klientų TLS ryšio užmezgimai nepavyko dėl SocketError: šiame serveryje TLS 1.2 priėmimui įjungtas, todėl tie klientai greičiausiai siūlo tik TLS 1.0/1.1 arba šifrų rinkinius, kurių šis serveris nepriima. Atnaujinkite ar perkonfigūruokite klientus (arba leiskite jiems siųsti per kitą jungtį), o ne keiskite SCHANNEL čia.
}
pasted-text = Įklijuotas tekstas
kind-exchange-ndr = Exchange nepristatymo ataskaita (NDR)
kind-dsn = Pristatymo būsenos pranešimas (DSN)
kind-queue-error = Eilės klaida
kind-protocol-log = SMTP protokolo žurnalas
kind-syslog = MTA žurnalas
kind-windows-event = Windows įvykis
kind-text = Tekstas

## findings
skip-to-findings = Pereiti prie rezultatų
redact-label = Slėpti adresus ir mazgų vardus
redact-note = El. pašto adresai, IP adresai ir mazgų vardai rezultatuose ir eksportuojamuose failuose pakeičiami pastoviais žymenimis.
export-heading = Eksportas
export-json = JSON
export-csv = CSV
export-md = Markdown
export-print = Spausdinti
export-report-title = Mail Triage ataskaita
export-col-severity = Svarba
export-col-rule = Taisyklė
export-col-codes = Kodai
export-col-count = Kiekis
export-col-lines = Eilutės
export-col-seen = Laikas
export-col-affected = Susiję
export-col-title = Radinys
first-seen = Pirmą kartą
last-seen = Paskutinį kartą
copy-step = Kopijuoti { $step } žingsnį
copy-failed = Nepavyko nukopijuoti
show-artifact = Rodyti turinį
more-evidence = { $count ->
    [one] Dar { $count } atvejis suskaičiuotas, bet nerodomas.
    [few] Dar { $count } atvejai suskaičiuoti, bet nerodomi.
   *[other] Dar { $count } atvejų suskaičiuota, bet nerodoma.
}
sample-o365-ndr = Exchange Online NDR (5.4.316, 5.1.1, 4.4.317)
sample-dsn = RFC 3464 DSN iš Postfix ir Exim
sample-queue = Queue Viewer / Get-Queue LastError
sample-send-log = Exchange siuntimo (Send) protokolo žurnalas
sample-recv-log = Exchange gavimo (Receive) protokolo žurnalas
sample-postfix = Postfix syslog TLS eilutės
sample-schannel = Schannel įvykiai (36874, 36888, 36871)

## pipeline
pipeline-dropzone = Numeskite čia failus arba ištisus aplankus (.log, .txt, .eml, .msg, .gz, .zip, .tar). Jie skaitomi šiame puslapyje, dalimis.
pipeline-folder-label = Arba atidarykite aplanką
pipeline-reading = Failas { $index } iš { $files }:
pipeline-progress-label = Skaitymo eiga
pipeline-rate = { $done } iš { $total } · { $rate } · liko { $left }
pipeline-estimating = { $done } iš { $total } · vertinamas greitis ir likęs laikas…
pipeline-cancel = Atšaukti
pipeline-done = { $files ->
    [one] Perskaitytas { $files } failas
    [few] Perskaityti { $files } failai
   *[other] Perskaityta { $files } failų
}: { $size } per { $time } ({ $rate }).
pipeline-drawing = Skaitymas baigtas; rodomi rezultatai…
pipeline-done-quick = { $files ->
    [one] Perskaitytas { $files } failas
    [few] Perskaityti { $files } failai
   *[other] Perskaityta { $files } failų
}: { $size } per { $time }.
pipeline-done-paste = Įklijuotas tekstas perskaitytas: { $size } per { $time }.
pipeline-cancelled = Atšaukta skaitant { $name } (failas { $index } iš { $files }), perskaičius { $read } iš { $total }. Šio failo radiniai ir TLS suvestinė apima tik iki šiol perskaitytą dalį.
pipeline-cancelled-before = Atšaukta perskaičius { $read } iš { $total }, prieš atidarant { $name } (failas { $index } iš { $files }): ankstesni failai perskaityti visi.
pipeline-cancelled-unread = { $count ->
    [one] Dar { $count } failas neperskaitytas.
    [few] Dar { $count } failai neperskaityti.
   *[other] Dar neperskaityta failų: { $count }.
}
pipeline-already-read = { $count ->
    [1] Jau skaitytas anksčiau (tas pats pavadinimas, dydis ir data): ataskaita perskaitoma iš naujo, bet TLS suvestinė jo jungčių dukart neskaičiuoja. Norėdami suskaičiuoti iš naujo, spauskite „Išvalyti“:
   *[other] Jau skaityti anksčiau (tas pats pavadinimas, dydis ir data): ataskaitos perskaitomos iš naujo, bet TLS suvestinė jų jungčių dukart neskaičiuoja. Norėdami suskaičiuoti iš naujo, spauskite „Išvalyti“:
}
pipeline-queued = { $count ->
    [one] Eilėje po skaitomų failų ({ $count } failas):
    [few] Eilėje po skaitomų failų ({ $count } failai):
   *[other] Eilėje po skaitomų failų (failų: { $count }):
}
pipeline-crashed = Analizatorius netikėtai sustojo ir buvo paleistas iš naujo. Skaityti failai nebuvo išanalizuoti; galite juos atidaryti dar kartą.
pipeline-silent = Analizatorius nustojo atsakinėti (30 s be jokios žinutės) ir buvo paleistas iš naujo. Skaityti failai nebuvo išanalizuoti; galite juos atidaryti dar kartą.
pipeline-read-error = Nepavyko perskaityti failo:
pipeline-error-gzip = .gz failas sugadintas arba nukirptas: jo nepavyko išskleisti iki galo. Viskas iki sugadintos vietos buvo išanalizuota. Techninė informacija:
pipeline-error-zip = Nepavyko perskaityti .zip archyvo: jis sugadintas, nukirptas arba tai ne zip archyvas. Perskaityti archyvo failai buvo išanalizuoti. Techninė informacija:
pipeline-dismiss = Uždaryti
logs-heading = Protokolų žurnalų TLS suvestinė
logs-timeline-heading = Klaidos laike
logs-summary = SMTP seansų: { $sessions }, failų: { $files }, nuotolinių galinių taškų: { $endpoints }; iš jų { $legacy } vis dar derasi dėl TLS 1.0 arba 1.1.
logs-filter-label = Filtras
logs-filter-placeholder = IP, mazgo vardas, TLS1.0, legacy…
logs-click-hint = Spustelėkite stulpelio antraštę, kad surūšiuotumėte, o eilutę – kad pamatytumėte jos seansus ir SMTP pokalbį.
logs-export-label = Eksportuoti suvestinę
logs-table-label = Suvestinės lentelė
logs-col-ip = Nuotolinis IP
logs-ip-unknown = nežinomas
logs-col-direction = Kryptis
logs-col-host = Mazgas (EHLO)
logs-col-sessions = Seansai
logs-col-failures = TLS klaidos
logs-col-refusals = Atmesta be STARTTLS
logs-col-plain = Be TLS
logs-col-last-seen = Paskutinį kartą
logs-col-time = Laikas
logs-col-event = Įvykis
logs-col-data = Duomenys
logs-col-context = Kontekstas
logs-direction-inbound = Įeinantis
logs-direction-outbound = Išeinantis
logs-direction-either = Nežinoma
logs-legacy-badge = senas TLS
logs-no-match = Filtrą atitinkančių galinių taškų nėra.
logs-shown = Rodoma { $shown } iš { $total ->
    [one] { $total } galinio taško
   *[other] { $total } galinių taškų
}; filtruokite, kad sąrašas sutrumpėtų.
logs-sessions-not-kept = { $count ->
    [one] Dar { $count } seansas buvo suskaičiuotas, bet neišsaugotas peržiūrai.
    [few] Dar { $count } seansai buvo suskaičiuoti, bet neišsaugoti peržiūrai.
   *[other] Dar { $count } seansų buvo suskaičiuota, bet neišsaugota peržiūrai.
}
logs-late-rows = Eilutės, nurodančios jau pasibaigusį seansą: { $count } (eilutė ar visas seansas įrašyti dukart arba eilutės po atsijungimo). Jos perskaitytos, bet neskaičiuojamos kaip nauji seansai.
logs-sessions-heading = Seansai:
logs-no-kept = Nė vienas šio galinio taško seansas nebuvo išsaugotas peržiūrai (išsaugoma tik seansų imtis).
logs-session-heading = Seanso SMTP pokalbis
logs-session-failure = TLS klaida
logs-session-no-tls = be TLS
logs-session-file = Failas
logs-session-time = Laikas
logs-session-incomplete = Trūksta kai kurių šio seanso eilučių: žurnalas prasideda arba baigiasi seanso viduryje.
logs-session-truncated = Pokalbis nukirptas ties 16 KiB.
chart-tls-title = TLS versijų dalis (pagal seansus)
chart-tls-failed = TLS ryšio užmezgimas nepavyko
chart-tls-plain = Be TLS
chart-timeline-title = Klaidos per valandą (pagal žurnalo laiką)
chart-timeline-empty = Nė viena šių duomenų klaida neturi laiko žymos.
chart-other = Kitos klaidos
logs-census-partial = Skaitymas buvo atšauktas: ši suvestinė apima tik iki atšaukimo perskaitytą žurnalų dalį.
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-rate = { $size }/s
unit-s = { $n } s
unit-min-s = { $m } min. { $s } s
unit-h-min = { $h } val. { $m } min.
quiet-inputs = Įvestys be žinomų klaidų: { $count }
quiet-not-listed = Čia neišvardyta: { $count } (eksportuose yra visos įvestys)
more-reports = Rodyti daugiau įvesčių (nerodoma: { $count })
paste-aside = Įklijuotas tekstas ({ $size }) per didelis šiam laukui: jis išanalizuotas visas (rezultatai žemiau), bet čia nerodomas. Norėdami perskaityti dar kartą, įmeskite jį kaip failą.
cli-lines = { $lines ->
    [one] { $lines } eilutė
    [few] { $lines } eilutės
   *[other] { $lines } eilučių
}
cli-finding-at = { $count }×, eilutė { $line }
cli-file = Failas
cli-explained-above = (paaiškinta aukščiau)
cli-note = pastaba
cli-evidence-line = { $line } eilutė
cli-census-rows = { $rows ->
    [one] perskaityta { $rows } eilutė
    [few] perskaitytos { $rows } eilutės
   *[other] perskaityta { $rows } eilučių
}
cli-col-other = Kita
cli-col-incomplete = Nepilnos
cli-col-legacy = Pasenęs
ref-reason-wording = formuluotės, reiškiančios šią priežastį
ref-provider-wording = paslaugų teikėjo formuluotės
ref-mta-wording = MTA formuluotės
paste-analysed = { $count ->
    [0] Įklijuotas tekstas išanalizuotas: žinomų klaidų nerasta.
    [one] Įklijuotas tekstas išanalizuotas: { $count } radinys.
    [few] Įklijuotas tekstas išanalizuotas: { $count } radiniai.
   *[other] Įklijuotas tekstas išanalizuotas: { $count } radinių.
}
