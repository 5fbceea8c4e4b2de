kunskapsbankSok.termer["2"]={
"2012":"5"
};
