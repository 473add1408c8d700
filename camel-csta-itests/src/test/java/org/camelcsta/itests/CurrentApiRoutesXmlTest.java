package org.camelcsta.itests;

/** The current API's routes over xml. */
class CurrentApiRoutesXmlTest extends CurrentApiRoutesSuite {

    @Override
    protected String transport() {
        return "xml";
    }
}
