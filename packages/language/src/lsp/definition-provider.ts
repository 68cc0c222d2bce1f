import type { CstNode } from 'langium';
import { AstUtils } from 'langium';
import type { GoToLink } from 'langium/lsp';
import { DefaultDefinitionProvider } from 'langium/lsp';
import { namedBySegment } from './qualified-segments.js';

/**
 * Go to definition per name segment: in `SoftwareDeveloper.Programmeren` the qualifier
 * leads to the programme and the last segment to the module (Langium's default sends
 * both to the module).
 *
 * Relies on (checked against Langium 4.4.0, `DefaultDefinitionProvider`): `findLinks` receives the leaf CST node
 * under the cursor and its links are what the request returns. Backed by `test/lsp/navigation.test.ts`.
 */
export class OfferingDefinitionProvider extends DefaultDefinitionProvider {

    protected override findLinks(source: CstNode): GoToLink[] {
        const links = super.findLinks(source);
        return links.map(link => {
            const named = namedBySegment(source, link.target.astNode);
            const nameNode = named === link.target.astNode ? undefined : this.nameProvider.getNameNode(named);
            return nameNode ? { source, target: nameNode, targetDocument: AstUtils.getDocument(named) } : link;
        });
    }
}
