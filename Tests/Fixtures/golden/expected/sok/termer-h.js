kunskapsbankSok.termer["h"]={
"handledning":"5",
"hela":"5"
};
