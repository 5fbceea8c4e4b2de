kunskapsbankSok.termer["f"]={
"forsta":"6"
};
