kunskapsbankSok.termer["a"]={
"anvands":"d"
};
