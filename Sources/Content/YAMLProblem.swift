/// Swedish explanations of libyaml's English problem messages, the original kept in parentheses.
enum YAMLProblem {
    private static let known: [(problem: String, message: String, hint: String?)] = [
        ("mapping values are not allowed", "ett kolon står där det inte får stå",
            "sätt värden som innehåller \": \" inom citattecken: titel: \"Steg 1: kartläggning\""),
        ("found character that cannot start any token", "ett tecken som inte får inleda ett värde",
            "sätt värdet inom citattecken; tabbar ska bytas mot mellanslag"),
        ("found a tab character", "tabb används som indrag", "använd mellanslag för indrag i YAML"),
        ("did not find expected key", "hittade inte nästa nyckel", "kontrollera indraget och citattecknen"),
        ("could not find expected ':'", "ett kolon saknas efter nyckeln", "skriv nyckel: värde"),
        ("found unexpected end of stream", "texten tar slut mitt i ett värde", "saknas ett avslutande citattecken?"),
        ("did not find expected node content", "ett värde saknas", "kontrollera listor och citattecken"),
        ("did not find expected ',' or ']'", "en lista i [ ] avslutas inte", "avsluta listan med ]"),
        ("did not find expected ',' or '}'", "en tabell i { } avslutas inte", "avsluta med }"),
        ("found undefined alias", "ett alias (*namn) pekar på ett ankare som inte finns", nil),
        ("but found another document", "filen innehåller mer än ett YAML-dokument",
            "ta bort raderna med bara ---"),
        ("block sequence entries are not allowed", "ett listtecken (-) står där det inte får stå",
            "kontrollera indraget"),
    ]

    static func explain(_ problem: String) -> (message: String, hint: String?) {
        for entry in known where problem.contains(entry.problem) {
            return ("ogiltig YAML: \(entry.message) (\(problem))", entry.hint)
        }
        return ("ogiltig YAML (\(problem))", nil)
    }
}
