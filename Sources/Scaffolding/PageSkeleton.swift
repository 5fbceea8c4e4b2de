/// The body of a new page: the headings a page of that kind usually has, each with a short
/// guidance comment. HTML comments are dropped when the page is built, so a forgotten guidance
/// line never reaches readers.
enum PageSkeleton {
    /// Headings and guidance per template (`mall` in `kunskapsbank.yml`).
    static let sections: [String: [(heading: String, guidance: String)]] = [
        "metod": [
            ("Syfte", "Varför används metoden? Vad ska den leda till för deltagaren och för samverkan?"),
            ("Målgrupp", "Vilka deltagare passar metoden för, och när i processen används den?"),
            ("Så här går det till", "Beskriv stegen: vem gör vad, hur ofta och med vilka aktörer."),
            ("Erfarenheter", "Vad fungerade, vad var svårt, och vad skulle ni göra annorlunda?"),
        ],
        "fall": [
            ("Bakgrund", "Deltagarens situation vid inskrivningen, utan uppgifter som kan peka ut en person."),
            ("Insatser", "Vilka metoder och steg i trappan användes, och i vilken ordning?"),
            ("Vändpunkter", "Vad fick saker att röra sig, eller att stanna upp?"),
            ("Lärdomar", "Vad kan andra ta med sig från den här vägen genom projektet?"),
        ],
        "steg": [
            ("Definition", "Vad steget innebär för deltagaren och vad som krävs för att gå vidare."),
            ("Metoder som används på steget", "Länka till metoderna, till exempel [Kartläggning](../metoder/kartlaggning.md)."),
            ("Erfarenheter", "Vad projektet har lärt sig om steget."),
        ],
        "projekt": [
            ("Bakgrund", "Varför projektet startades och vilka som står bakom det."),
            ("Målgrupp", "Vilka projektet vänder sig till: ålder, situation, kommuner."),
            ("Mål", "Projektets mål, gärna mätbara: andel i arbete eller studier, antal deltagare."),
            ("Organisation", "Huvudman, styrgrupp, projektledare och samverkande aktörer."),
        ],
        "aktor": [
            ("Roll", "Aktörens uppdrag och vad den bidrar med i samverkan."),
            ("Erfarenheter", "Hur samverkan med aktören har fungerat."),
        ],
        "begrepp": [
            ("Definition", "Förklara begreppet med vanliga ord."),
            ("I projektet", "Hur begreppet används i projektets arbete."),
        ],
    ]

    static func body(for template: String) -> String {
        guard let parts = sections[template] else {
            return "<!-- Skriv sidans text här, med rubriker som börjar med ## -->\n"
        }
        return parts.map { "## \($0.heading)\n\n<!-- \($0.guidance) -->\n" }.joined(separator: "\n")
    }
}
