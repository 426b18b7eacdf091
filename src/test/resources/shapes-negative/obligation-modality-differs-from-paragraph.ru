# shape: tgsh:ObligationProvisionShape
# focus: https://w3id.org/treatygraph/id/obligation/un-cybercrime-convention/art16-3
# message: modality differs from the modality of its paragraph
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX eli:     <http://data.europa.eu/eli/ontology#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>
PREFIX art:     <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/>

# Article 16(5) permits (may require the intent to cause harm); the obligation says it obliges.
DELETE { GRAPH ?g { tgid:obligation\/un-cybercrime-convention\/art16-3 tg:modality ?m } }
INSERT { GRAPH ?g { tgid:obligation\/un-cybercrime-convention\/art16-3 tg:modality tg:Mandatory } }
WHERE { GRAPH ?g { tgid:obligation\/un-cybercrime-convention\/art16-3 tg:modality ?m } }
