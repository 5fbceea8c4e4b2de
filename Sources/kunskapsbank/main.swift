print("kunskapsbank")
