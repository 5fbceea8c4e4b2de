kunskapsbankSok.termer["u"]={
"utfall":"5"
};
