# shape: tgsh:CitationShape
# focus: https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/11/paragraph/1
# message: eli:cites must point at an article, paragraph or subparagraph
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX eli:     <http://data.europa.eu/eli/ontology#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>
PREFIX art:     <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/>

INSERT DATA { GRAPH tgg:provisions { art:11\/paragraph\/1 eli:cites tgid:state\/VNM } }
