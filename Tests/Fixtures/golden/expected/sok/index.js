// Sökindex för kunskapsbanken, skrivet av kunskapsbank build. Läses av assets/sok.js.
var kunskapsbankSok={
version:1,
nyckellangd:1,
sidorPerDel:100,
antal:3,
delar:["2","3","5","9","a","b","d","f","h","k","m","o","p","r","s","t","u"],
sektioner:["Metoder","Utvecklingstrappan"],
stoppord:["alla","an","ar","at","att","av","blev","bli","blir","da","de","dem","den","denna","deras","dess","det","detta","dig","din","ditt","du","efter","ej","eller","en","er","ett","for","fran","hade","han","har","hon","honom","hos","hur","i","inom","inte","jag","kan","man","med","men","mig","min","mitt","na","nar","nu","och","om","oss","over","pa","sa","sig","sin","sina","sitt","ska","skulle","som","till","under","upp","ut","utan","vad","var","vara","vi","vid","vilka","vilken","vilket"],
termer:{},
sidor:{}
};
