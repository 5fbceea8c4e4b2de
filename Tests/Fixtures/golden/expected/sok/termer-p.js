kunskapsbankSok.termer["p"]={
"personalkostnader":"5",
"praktik":"b"
};
