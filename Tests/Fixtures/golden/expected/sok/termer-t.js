kunskapsbankSok.termer["t"]={
"traning":"e"
};
