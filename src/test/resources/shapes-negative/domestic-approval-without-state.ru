# shape: tgsh:DomesticApprovalShape
# focus: https://w3id.org/treatygraph/id/domestic-approval/un-cybercrime-convention/AZE
# message: names exactly one State
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX eli:     <http://data.europa.eu/eli/ontology#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>
PREFIX art:     <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/>

DELETE WHERE { GRAPH ?g { tgid:domestic-approval\/un-cybercrime-convention\/AZE tg:approvingState ?s } }
