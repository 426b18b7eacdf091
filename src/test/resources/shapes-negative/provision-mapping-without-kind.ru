# shape: tgsh:ProvisionMappingShape
# focus: https://w3id.org/treatygraph/id/crosswalk/un-cybercrime-convention/40-24/untoc/18-8
# message: A provision mapping needs exactly one tg:mappingKind
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

DELETE WHERE { GRAPH tgg:crosswalk-paragraphs { <https://w3id.org/treatygraph/id/crosswalk/un-cybercrime-convention/40-24/untoc/18-8> tg:mappingKind ?value } }
