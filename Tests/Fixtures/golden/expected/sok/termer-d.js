kunskapsbankSok.termer["d"]={
"dar":"6",
"deltagarens":"6"
};
