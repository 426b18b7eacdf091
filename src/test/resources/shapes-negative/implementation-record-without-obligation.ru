# shape: tgsh:ImplementationRecordShape
# focus: https://w3id.org/treatygraph/id/implementation/VNM/un-cybercrime-convention/art7-1/1
# message: exactly one obligation
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>

# A record that names the State, its provision, date and source but no obligation.
INSERT DATA { GRAPH tgg:treaty-text {
    <https://w3id.org/treatygraph/id/implementation/VNM/un-cybercrime-convention/art7-1/1> a tg:ImplementationRecord ;
        tg:implementingState tgid:state\/VNM ;
        tg:nationalProvision "Criminal Code, art. 289" ;
        dcterms:date "2026-01-15"^^xsd:date ;
        dcterms:source tgid:source\/a-res-79-243 .
} }
