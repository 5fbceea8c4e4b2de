kunskapsbankSok.termer["k"]={
"kartlaggning":"7,9",
"kartlaggs":"6",
"kostnader":"5",
"kostnaderna":"5",
"kostnadspost":"5",
"kronor":"5"
};
