kunskapsbankSok.termer["b"]={
"budget":"5"
};
