kunskapsbankSok.termer["9"]={
"9694":"5"
};
