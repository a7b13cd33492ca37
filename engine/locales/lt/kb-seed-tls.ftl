socketerror-other-peer = Nutolęs serveris (ne Exchange Online) nutraukė ryšį TLS užmezgimo metu (SocketError)
    .cause = Paskutinė eilės klaida arba NDR rodo, kad kitas maršruto mazgas nutraukė ryšį su lizdo (socket) klaida, o tas serveris nėra Exchange Online: jo adresas nepatenka į Microsoft skelbiamus Exchange Online adresų diapazonus. Du serveriai gali neturėti bendros TLS versijos ar šifrų rinkinio, arba ryšį nutraukė TLS tikrinanti ugniasienė ar pašto filtras. Neįrodyta, kad šiame serveryje trūksta TLS 1.2.
    .fix-1 = Šio serverio siuntimo jungties (Send connector) protokolo žurnale peržiūrėkite jo seansus su kitais serveriais: jei kai kurie susitarė dėl TLS 1.2 (SP_PROT_TLS1_2_CLIENT), TLS 1.2 čia veikia, ir keisti reikia nutolusią pusę arba kelią iki jos.
    .fix-2 = Jei nė vienas šio serverio seansas nesusitarė dėl TLS 1.2, įjunkite jį kaip ir Exchange Online atveju (SCHANNEL TLS 1.2 raktai ir .NET reikšmės, tada paleidimas iš naujo); žemiau esantis tik skaitantis scenarijus išvardija nenustatytas reikšmes.
    .fix-3 = Paklauskite nutolusio serverio administratoriaus, kokias TLS versijas ir šifrų rinkinius jis priima ir ar prieš jį yra TLS tikrinantis įrenginys.
    .fix-4 = Patikrinkite TLS užmezgimą iš šio serverio tinklo, pavyzdžiui, komanda openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-5 = Ką nors pakeitę, iš naujo bandykite pristatyti eilės laiškus (Retry-Queue) ir patikrinkite, ar laiškas paliko eilę.
seed-queue-socketerror = Eilė negali pristatyti laiškų į Exchange Online: šiame serveryje nėra TLS 1.2
    .cause = Vietinis serveris bandė perduoti laišką į Exchange Online, tačiau šis nutraukė ryšį TLS ryšio užmezgimo (handshake) metu. Exchange Online priima tik TLS 1.2 (TLS 1.0 ir 1.1 nebepalaikomi, žr. MC229914), todėl serveriui, galinčiam pasiūlyti tik TLS 1.0 arba 1.1, nuolat nepavyksta, o laiškas laukia eilėje su šia LastError klaida.
    .fix-1 = Siunčiančiajame serveryje nustatykite DisabledByDefault = 0 ir Enabled = 1 raktuose SCHANNEL\Protocols\TLS 1.2\Client ir TLS 1.2\Server (toliau pateiktas .reg failas tai atlieka ir kartu nustato .NET raktus).
    .fix-2 = Nustatykite SystemDefaultTlsVersions = 1 ir SchUseStrongCrypto = 1 .NET v4.0.30319 ir v2.0.50727 versijoms, įskaitant atitinkamus Wow6432Node raktus, kad ir Exchange .NET kodas naudotų TLS 1.2.
    .fix-3 = Iš naujo paleiskite serverį: SCHANNEL šiuos raktus nuskaito tik paleidimo metu.
    .fix-4 = Įdiekite naujausius Windows ir Exchange naujinimus (TLS 1.2 reikalauja bent Exchange 2013 CU19 arba Exchange 2016 CU8).
    .fix-5 = Iš naujo bandykite pristatyti eilės laiškus (Retry-Queue) ir įsitikinkite, kad siuntimo jungties (Send connector) protokolo žurnale dabar matyti SP_PROT_TLS1_2_CLIENT.
seed-ndr-socketerror = Exchange Online nutraukė ryšį: siunčiantysis serveris pasiūlė tik TLS 1.0/1.1
    .cause = Ryšys su Exchange Online buvo nutrauktas TLS ryšio užmezgimo metu („SocketError“ reiškia, kad kita pusė nutraukė ryšį). Exchange Online savo pašto srauto galiniuose taškuose atmeta TLS 1.0 ir 1.1, todėl siuntėjas be TLS 1.2 šią klaidą mato NDR pranešime ir eilių peržiūros priemonėje (Queue Viewer).
    .fix-1 = Serveryje, kuris siunčia laiškus į Exchange Online, nustatykite DisabledByDefault = 0 ir Enabled = 1 raktuose SCHANNEL\Protocols\TLS 1.2\Client ir TLS 1.2\Server.
    .fix-2 = Nustatykite SystemDefaultTlsVersions = 1 ir SchUseStrongCrypto = 1 .NET v4.0.30319 ir v2.0.50727 versijoms (ir atitinkamiems Wow6432Node raktams).
    .fix-3 = Iš naujo paleiskite serverį, kad įsigaliotų nauji SCHANNEL parametrai.
    .fix-4 = Įdiekite naujausius Windows ir Exchange naujinimus.
    .fix-5 = Išsiųskite laišką dar kartą arba iš naujo bandykite pristatyti eilės laiškus (Retry-Queue) ir patikrinkite, ar laiškas pristatytas.
protolog-socketerror-other-peer = Nepavyko užmegzti TLS ryšio su nuotoliniu serveriu (ne Exchange Online) (SocketError)
    .cause = Siuntimo jungties protokolo žurnalas rodo, kad nuotolinis serveris nutraukė ryšį TLS ryšio užmezgimo metu. Šis ir tas serveris nerado bendros protokolo versijos ar šifrų rinkinio, arba ryšį nutraukė tarpinis įrenginys (TLS tikrinanti užkarda ar pašto filtras). Nuotolinis serveris nėra Exchange Online, todėl neįrodyta, kad šiame serveryje trūksta TLS 1.2: pirmiausia patikrinkite kitus seansus.
    .fix-1 = TLS suvestinėje peržiūrėkite seansus, kuriuos šis serveris siuntė kitiems serveriams: jei kai kurie suderino TLS 1.2 (SP_PROT_TLS1_2_CLIENT), TLS 1.2 čia veikia ir keisti reikia nuotolinę pusę.
    .fix-2 = Jei nė vienas šio serverio seansas nesuderino TLS 1.2, įjunkite jį kaip Exchange Online atveju: DisabledByDefault = 0 ir Enabled = 1 raktuose SCHANNEL\Protocols\TLS 1.2\Client ir TLS 1.2\Server, .NET reikšmės SchUseStrongCrypto ir SystemDefaultTlsVersions, tada paleiskite iš naujo (toliau pateiktas tik skaitantis scenarijus išvardija nenustatytas reikšmes).
    .fix-3 = Paklauskite nuotolinio serverio administratoriaus, kokias TLS versijas ir šifrų rinkinius jis priima ir ar priešais jį nėra TLS tikrinančios užkardos ar filtro.
    .fix-4 = Patikrinkite ryšio užmezgimą iš šio serverio su tuo serveriu (pavyzdžiui, komanda openssl s_client -starttls smtp -connect host:25 -tls1_2 iš kompiuterio tame pačiame tinklo kelyje).
seed-protolog-socketerror = Nepavyko užmegzti TLS ryšio su nuotoliniu serveriu (SocketError) – trūksta TLS 1.2
    .cause = Siuntimo jungties protokolo žurnalas rodo, kad nuotolinė pusė nutraukė ryšį TLS ryšio užmezgimo viduryje. Kai paskirtis yra Exchange Online, tai būdingas serverio, siūlančio tik TLS 1.0 arba 1.1, požymis – Exchange Online šių versijų nebepriima.
    .fix-1 = Šiame serveryje įjunkite TLS 1.2 SCHANNEL komponentui: DisabledByDefault = 0 ir Enabled = 1 raktuose TLS 1.2\Client ir TLS 1.2\Server.
    .fix-2 = Nustatykite .NET reikšmes SystemDefaultTlsVersions = 1 ir SchUseStrongCrypto = 1 (v4.0.30319 ir v2.0.50727, įskaitant Wow6432Node).
    .fix-3 = Iš naujo paleiskite serverį.
    .fix-4 = Įdiekite naujausius Windows ir Exchange naujinimus.
    .fix-5 = Norėdami įsitikinti, kad problema išspręsta, protokolo žurnale ieškokite „TLS protocol SP_PROT_TLS1_2_CLIENT … negotiation succeeded“; TLS suvestinėje išvardyti visi nuotoliniai serveriai, vis dar naudojantys TLS 1.0/1.1.
seed-protolog-socketerror-receive = Kliento TLS ryšio užmezgimas su šiuo serveriu nepavyko (SocketError) – nėra bendros TLS versijos
    .cause = Gavimo jungties (Receive connector) protokolo žurnalas rodo nuotolinį klientą (kitą pašto serverį, Exchange Online, įrenginį ar programą), kuris išsiuntė STARTTLS ir prarado ryšį TLS ryšio užmezgimo viduryje. Dažniausiai abi pusės neturi bendros TLS versijos: šis serveris nesiūlo TLS 1.2, o klientas jos reikalauja (taip daro Exchange Online), arba čia išjungtos TLS 1.0 ir 1.1, o klientas naujesnių nepalaiko.
    .fix-1 = Raskite klientą eilutės remote-endpoint stulpelyje; TLS suvestinė jį pateikia su suderintais protokolais ir nesėkmėmis.
    .fix-2 = Jei klientas yra Exchange Online ar kitas šiuolaikinis serveris, šiame serveryje įjunkite TLS 1.2 SCHANNEL: DisabledByDefault = 0 ir Enabled = 1 po TLS 1.2\Server ir TLS 1.2\Client, taip pat .NET reikšmes SystemDefaultTlsVersions = 1 ir SchUseStrongCrypto = 1.
    .fix-3 = Paleiskite serverį iš naujo, kad SCHANNEL nuskaitytų naujus nustatymus, ir įdiekite naujausius Windows ir Exchange naujinimus.
    .fix-4 = Jei klientas yra senas įrenginys ar programa, palaikanti tik TLS 1.0 ar 1.1, atnaujinkite arba pakeiskite jį (ar jo TLS biblioteką), užuot vėl įjungę senus protokolus serveryje.
    .fix-5 = Tuo pačiu metu serverio System žurnale gali būti Schannel įvykis 36874 (jame nurodyta kliento pasiūlyta TLS versija) arba 36888 (atgal išsiųstas lemtingas įspėjimas).
seed-starttls-first = Gavėjas reikalauja TLS, tačiau seansas tęsėsi be TLS
    .cause = Gaunančioji pusė reikalauja STARTTLS prieš MAIL FROM, o siuntėjas šio žingsnio neužbaigė. Dažnai tai nutinka po nepavykusio TLS ryšio užmezgimo: siuntėjas bando dar kartą be šifravimo, o gavėjas (Exchange Online arba jungtis su RequireTLS) atmeta nešifruotą seansą.
    .fix-1 = Užtikrinkite, kad TLS ryšys būtų sėkmingai užmegztas: siunčiančiajame arba gaunančiajame serveryje įjunkite TLS 1.2 SCHANNEL komponentui (DisabledByDefault = 0, Enabled = 1 raktuose TLS 1.2\Client ir TLS 1.2\Server).
    .fix-2 = Nustatykite .NET reikšmes SystemDefaultTlsVersions = 1 ir SchUseStrongCrypto = 1 (v4.0.30319 ir v2.0.50727, įskaitant Wow6432Node).
    .fix-3 = Iš naujo paleiskite serverį, tada įdiekite naujausius Windows ir Exchange naujinimus.
    .fix-4 = Patikrinkite, ar jungties sertifikatas (TlsCertificateName) egzistuoja ir yra įjungtas SMTP paslaugai, kad STARTTLS būtų pasiūlytas ir galėtų būti užbaigtas.
