package com.jgdj.dashboard.base;

/** Someone else saved the same record since it was loaded; the message is Chinese and meant for the user. */
public class ConcurrentEditException extends UserInputException {

    public ConcurrentEditException(String userMessage) {
        super(userMessage);
    }
}
