# shape: tgsh:SubparagraphShape
# focus: https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/17/paragraph/2/subparagraph/d
# message: belong to different articles
PREFIX tg:      <https://w3id.org/treatygraph/ontology#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX eli:     <http://data.europa.eu/eli/ontology#>
PREFIX tgid:    <https://w3id.org/treatygraph/id/>
PREFIX tgg:     <https://w3id.org/treatygraph/graph/>
PREFIX art:     <https://w3id.org/treatygraph/id/treaty/un-cybercrime-convention/article/>

DELETE { GRAPH ?g { art:17\/paragraph\/2\/subparagraph\/d tg:parentParagraph ?p } }
INSERT { GRAPH ?g { art:17\/paragraph\/2\/subparagraph\/d tg:parentParagraph art:16\/paragraph\/2 } }
WHERE { GRAPH ?g { art:17\/paragraph\/2\/subparagraph\/d tg:parentParagraph ?p } }
