// The empty template: the smallest workspace that validates, for a user who starts from nothing.
export const TEMPLATE_FILES: ReadonlyArray<{ path: string; text: string }> = [{
    path: 'aanbod.offering',
    text: `// Begin hier: een bestuur, een aanbieder, een locatie, een kalender en een opleiding.

board MijnBestuur "Mijn bestuur" code 100B490
provider MijnSchool "Mijn school" code 110A133 under MijnBestuur
location Hoofdgebouw "Hoofdgebouw" code 110X912 under MijnBestuur used by MijnSchool

calendar Schooljaar "Schooljaar 2026-2027" {
    period B1 "Blok 1" from 2026-08-31 to 2026-11-06
    period B2 "Blok 2" from 2026-11-09 to 2027-01-29
}

programme MijnOpleiding "Mijn opleiding" {
    crebo 25604
    level mbo-4
    years 1..3
    calendar Schooljaar
    offered by MijnSchool at Hoofdgebouw as BOL {
        intake at B1
    }
    module Kern "Kernmodule" size 240 SBU { year 1 }
}
`,
}];
