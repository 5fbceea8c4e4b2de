kunskapsbankSok.termer["p"]={
"personalkostnader":"5",
"praktik":"5,7"
};
