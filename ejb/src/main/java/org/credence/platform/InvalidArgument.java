package org.credence.platform;

/**
 * An argument a pure rule refuses (a matrix off the scale, weights that do not sum to 1), with the
 * reason as a {@link Message} so that the service's refusal can say it in the reader's language.
 */
public class InvalidArgument extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final Message text;

    public InvalidArgument(Message text) {
        super(text.english());
        this.text = text;
    }

    public InvalidArgument(Message text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public Message text() {
        return text;
    }

    /** The reason of any refused argument: its message when it has one, else its words as they are. */
    public static Message reasonOf(IllegalArgumentException e) {
        return e instanceof InvalidArgument invalid ? invalid.text() : Message.of("as-given", e.getMessage());
    }
}
