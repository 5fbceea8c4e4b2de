import ArgumentParser

struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Mappen med bankens innehåll.")
    var content = "content"

    @Option(name: .long, help: "Mappen med teman.")
    var themes = "themes"

    @Option(name: .long, help: "Tema att använda (annars det som kunskapsbank.yml anger).")
    var theme: String?

    @Option(name: .customLong("skyddade-ord"), help: ArgumentHelp(
        "Lista med skyddade ord (namn m.m.), ett per rad; ska ligga utanför innehållsmappen.", valueName: "fil"))
    var protectedWords: String?

    @Flag(name: .long, help: "Rendera sidorna en i taget i stället för på alla kärnor.")
    var serial = false
}
