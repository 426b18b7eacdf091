# shape: tgsh:StatusChangeShape
# focus: https://w3id.org/treatygraph/id/change/test
# message: tg:NewEvent or tg:CorrectedEvent
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX org:     <http://www.w3.org/ns/org#>
PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
PREFIX schema:  <https://schema.org/>
PREFIX eli:     <http://data.europa.eu/eli/ontology#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>
PREFIX art:     <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/>
PREFIX ch:      <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/chapter/>
PREFIX act:     <https://w3id.org/treatygraph/id/action/un-cybercrime-convention/>

INSERT DATA { GRAPH tgg:untc-depositary { tgid:change\/test a tg:StatusChange ; tg:changeKind tg:Verified ;
    tg:changedEvent act:signature\/VNM ; prov:atTime "2026-12-03T00:00:00Z"^^xsd:dateTime ;
    dcterms:source tgid:source\/untc-mtdsg-xviii-16 } }
