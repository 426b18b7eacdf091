# shape: tgsh:TreatyActionShape
# focus: https://w3id.org/treatygraph/id/action/uncac/ratification/ALB
# message: A treaty enters into force for a party after the party's instrument
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>

# Albania's UNCAC instrument of 25 May 2006 said to be in force for it a year before.
DELETE { GRAPH ?g { tgid:action\/uncac\/ratification\/ALB tg:entryIntoForceForParty ?d } }
INSERT { GRAPH ?g { tgid:action\/uncac\/ratification\/ALB tg:entryIntoForceForParty "2005-05-25"^^xsd:date } }
WHERE { GRAPH ?g { tgid:action\/uncac\/ratification\/ALB tg:entryIntoForceForParty ?d } }
