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
cause-heading = Priežastis
fix-heading = Kaip ištaisyti
references-heading = Nuorodos
artifacts-heading = Atsisiuntimai
evidence-heading = Įrodymai
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
note-lossy = Kai kurie baitai neatitiko UTF-8 koduotės; jie rodomi kaip �.
note-utf16 = Įvesti duomenys buvo UTF-16 koduotės tekstas ir buvo iškoduoti.
note-truncated = { $count ->
    [one] { $count } labai ilga eilutė analizei sutrumpinta iki 64 KiB.
    [few] { $count } labai ilgos eilutės analizei sutrumpintos iki 64 KiB.
    [many] { $count } labai ilgos eilutės analizei sutrumpinta iki 64 KiB.
   *[other] { $count } labai ilgų eilučių analizei sutrumpinta iki 64 KiB.
}
note-empty = Įvestis tuščia.
note-too-many = Dar { $count } skirtingų radinių suskaičiuota, bet neišvardyta.
unrecognised-heading = Eilutės be atpažintos klaidos
unclassified-title = Klaida be konkrečios taisyklės
location = { $line } eilutė
affected = Paveikta
clear = Išvalyti
note-message-too-large = Laiškas didesnis nei 48 MiB, todėl perskaitytas kaip paprastos teksto eilutės, o ne MIME.
note-bad-message = Šio Outlook .msg failo perskaityti nepavyko (sugadintas arba tai ne laiškas).
pasted-text = Įklijuotas tekstas
kind-exchange-ndr = Exchange NDR
kind-dsn = Pristatymo būsenos pranešimas (DSN)
kind-queue-error = Eilės klaida
kind-protocol-log = SMTP protokolo žurnalas
kind-syslog = MTA žurnalas
kind-windows-event = Windows įvykis
kind-text = Tekstas
