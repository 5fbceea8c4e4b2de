kunskapsbankSok.termer["f"]={
"forsakringskassan":"5",
"forsta":"6"
};
