kunskapsbankSok.termer["o"]={
"ocksa":"5"
};
