import type { LangiumCoreServices, LangiumDocuments, LangiumSharedCoreServices, URI } from 'langium';
import { DefaultServiceRegistry } from 'langium';

/**
 * Finds a document's language by its editor's language id or by its file extension. Once the
 * editor of an untitled buffer (`untitled:Untitled-1`, no extension) is closed, neither is left,
 * and Langium 4 throws for every later step on that document, even removing it. This server
 * serves one language, so a document the workspace still holds belongs to it.
 *
 * Relies on (checked against Langium 4.4.0, `DefaultServiceRegistry`; `test/language/langium-contract.test.ts`):
 * `getServices` throws for a URI with neither a registered language id nor a registered
 * extension; `hasServices` asks `getServices` (so it sees this fallback too); `all` lists the
 * registered languages.
 */
export class OfferingServiceRegistry extends DefaultServiceRegistry {

    private readonly documents: () => LangiumDocuments;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // Looked up late: LangiumDocuments itself needs the registry.
        this.documents = () => services.workspace.LangiumDocuments;
    }

    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const [only, ...others] = this.all;
            if (only && others.length === 0 && this.documents().hasDocument(uri)) {
                return only;
            }
            throw error;
        }
    }
}
