import SiteTesting

/// A small bank for the publishing tests: methods, ladder steps and case learnings, with the
/// `webbplats` settings and the `tillganglighet:` section each test chooses.
func publishingBank(
    baseURL: String? = nil, language: String = "sv", statement: String? = nil, files: String = publishingPages
) -> InlineSite {
    InlineSite("""
        -- content/kunskapsbank.yml --
        webbplats:
          titel: Testbank
          organisation: Testkommunen
          sprak: \(language)
          bas-url: \(baseURL ?? "\"\"")
          publicerad: "2014-03-31"
          senast-uppdaterad: "2026-11-25"
        sektioner:
          - mapp: metoder
            mall: metod
            namn: Metoder
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              sammanfattning: { etikett: Sammanfattning, typ: text }
          - mapp: fall
            mall: fall
            namn: Fallbeskrivningar
            sortering: titel
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              sammanfattning: { etikett: Sammanfattning, typ: text }
              avslutad: { etikett: Avslutad, typ: manad }
              anonymisering: { etikett: Anonymisering, typ: val, varden: { sammansatt: Sammansatt exempel } }
        \(statement ?? "")
        \(files)
        """)
}

let publishingPages = """
    -- content/metoder/kartlaggning.md --
    ---
    titel: Kartläggning
    sammanfattning: Första mötet med deltagaren.
    ---
    Vid kartläggningen går man igenom ÖVERENSKOMMELSEN och arbetsprövningen.
    -- content/metoder/flerpartsmote.md --
    ---
    titel: Flerpartsmöte
    ---
    Alla myndigheter träffas och deltagaren är med.
    -- content/fall/fall-01.md --
    ---
    titel: Första fallet
    sammanfattning: En deltagare som fick arbete.
    avslutad: "2013-06"
    anonymisering: sammansatt
    ---
    Lärdomen är att tidig kartläggning hjälper.
    -- content/fall/fall-02.md --
    ---
    titel: Andra fallet
    avslutad: "2013-09"
    anonymisering: sammansatt
    ---
    Ett senare fall.
    """

/// A complete `tillganglighet:` section; tests remove or change one line at a time.
let completeStatement = """
    tillganglighet:
      organisation: Testkommunen
      webbplats: Testbanken
      adress: https://www.example.se/testbank/
      efterlevnad: delvis
      standard: WCAG 2.1 nivå AA
      brister:
        - beskrivning: Tabellerna saknar förklaringar.
          orsak: bristande-forenlighet
          alternativ: Ring oss så förklarar vi.
        - beskrivning: Gamla PDF-filer.
          orsak: undantag
      bedomning:
        datum: "2026-11-20"
        metod: Självskattning
      senast-uppdaterad: "2026-11-25"
      kontakt:
        e-post: info@example.se
        telefon: 0123-456 78
        svarstid: tre arbetsdagar
    """
