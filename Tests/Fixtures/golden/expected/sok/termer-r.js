kunskapsbankSok.termer["r"]={
"redovisar":"5",
"rutiner":"e"
};
