# shape: tgsh:WriteShape
# focus: https://w3id.org/treatygraph/id/write/test
# message: exactly one tg:credentialName
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>

INSERT DATA { GRAPH tgg:write-log {
  <https://w3id.org/treatygraph/id/write/test> a tg:Write ; tg:operation "SPARQL Update" ;
      prov:endedAtTime "2026-11-25T10:00:00Z"^^xsd:dateTime ; tg:changedGraph tgg:obligations } }
