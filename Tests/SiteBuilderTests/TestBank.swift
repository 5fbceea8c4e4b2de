import SiteTesting

/// A minimal configuration with two sections, for inline-site tests.
let testConfig = """
    -- content/kunskapsbank.yml --
    webbplats:
      titel: Testbank
      beskrivning: En bank för tester.
      organisation: Testkommunen
      sprak: sv
      publicerad: "2014-03-31"
      senast-uppdaterad: "2014-04-01"
    sektioner:
      - mapp: metoder
        mall: metod
        namn: Metoder
        sortering: titel
        falt:
          titel: { etikett: Titel, typ: text, kravs: true }
          sammanfattning: { etikett: Sammanfattning, typ: text }
          steg: { etikett: Steg, typ: lista, referens: trappan }
      - mapp: trappan
        mall: steg
        namn: Trappan
        sortering: ordning
        falt:
          titel: { etikett: Titel, typ: text, kravs: true }
          sammanfattning: { etikett: Sammanfattning, typ: text }
          ordning: { etikett: Ordning, typ: tal, kravs: true }
    """

func bank(_ files: String) -> InlineSite { InlineSite(testConfig + "\n" + files) }
