window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "759720-3128746474",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "759720",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Danke, passt!",
            "mediaUrls" : [ ],
            "senderId" : "3128746474",
            "id" : "1566045189260591109",
            "createdAt" : "2025-09-03T12:47:23.519Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "3128746474",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hallo Katrin, hast du die Folien?",
            "mediaUrls" : [ ],
            "senderId" : "759720",
            "id" : "1566044803132948485",
            "createdAt" : "2025-09-03T12:45:51.458Z"
          }
        }
      ]
    }
  }
]