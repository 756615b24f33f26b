window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "katrin@albers-beratung.example",
      "createdVia" : "web",
      "username" : "katrinalbers",
      "accountId" : "3128746474",
      "createdAt" : "2015-04-01T08:00:00.000Z",
      "accountDisplayName" : "Katrin Albers"
    }
  }
]