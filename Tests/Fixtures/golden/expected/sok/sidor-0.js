kunskapsbankSok.sidor[0]=[
["metoder/kartlaggning/index.html","Kartläggning",0,"Första mötet där deltagarens situation kartläggs."],
["trappan/praktik/index.html","Praktik",1,"Sista steget."],
["trappan/sysselsattning/index.html","Sysselsättning",1,"Social träning och rutiner."]
];
