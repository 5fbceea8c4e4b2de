kunskapsbankSok.termer["5"]={
"5660":"5"
};
