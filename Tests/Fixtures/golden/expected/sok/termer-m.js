kunskapsbankSok.termer["m"]={
"manniskan":"5",
"motet":"6"
};
