kunskapsbankSok.termer["r"]={
"rutiner":"e"
};
